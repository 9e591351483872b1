#!/usr/bin/env python3
"""Writes a database as schema version 3 left it (before editions had an origin), from the
migrations in src/hague/store/schema.cpp, with a stale bundle digest: opening it with hague
migrates it to the current version and loads the bundle, the upgrade the fault tests kill.
Usage: old_database.py SCHEMA_CPP OUT.db"""
import re
import sqlite3
import sys

source = open(sys.argv[1], encoding="utf-8").read()
parts = dict(re.findall(r'constexpr std::string_view (v\d) = R"sql\((.*?)\)sql";', source, re.S))
db = sqlite3.connect(sys.argv[2])
db.executescript(parts["v1"] + parts["v2"] + parts["v3"])
db.execute("PRAGMA user_version = 3")
db.execute("INSERT INTO meta VALUES ('bundle_digest', 'from an older hague')")
db.commit()
db.close()
