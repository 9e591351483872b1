// hague chart KIND [ALLY...] [-o FILE.svg|.png|.csv] [--format svg|png|csv] [--scale N]
//             [--year Y] [--lang L] [--paths N] [--seed S]
#include <filesystem>

#include "cli/options.hpp"
#include "hague/core/error.hpp"
#include "hague/report/png.hpp"

namespace hague::cli {

namespace {

/// The format of a chart: --format if given, else the extension of -o, else SVG. A --format that
/// contradicts the extension, and an extension that is none of the three, are refused: a file
/// called chart.png must hold a PNG.
app::ChartFormat chart_format(const std::optional<std::string>& format, const std::string& output) {
    std::optional<app::ChartFormat> by_extension;
    // A directory is write_output's to refuse; a pipe or a device (/dev/null) has no extension
    // to go by: --format, else SVG.
    std::error_code ec; // a name the system refuses is write_output's to report, with its reason
    const auto kind = std::filesystem::status(output, ec).type();
    if (output != "-" && kind != std::filesystem::file_type::directory &&
        kind != std::filesystem::file_type::fifo && kind != std::filesystem::file_type::character) {
        const auto ext = std::filesystem::path(output).extension().string();
        for (const auto f : {app::ChartFormat::Svg, app::ChartFormat::Png, app::ChartFormat::Csv})
            if (ext == "." + std::string(app::to_string(f)))
                by_extension = f;
        HAGUE_CHECK(by_extension.has_value(), ErrorKind::InvalidInput, "err_chart_extension",
                    "-o '{}' does not end in .svg, .png or .csv", output);
    }
    if (!format)
        return by_extension.value_or(app::ChartFormat::Svg);
    const auto asked = app::parse_chart_format_field(*format);
    HAGUE_CHECK(!by_extension || *by_extension == asked, ErrorKind::InvalidInput,
                "err_chart_format_extension", "--format {} contradicts -o '{}' (give one of them)",
                *format, output);
    return asked;
}

} // namespace

void add_chart_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand("chart", "A chart: shares, trend ALLY..., gap, burden, fan "
                                            "(Monte Carlo) or map, as SVG, PNG or its data as CSV");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::ChartRequest>();
    auto output = std::make_shared<std::string>("-");
    auto scale = std::make_shared<int>(1);
    auto kind = std::make_shared<std::string>();
    cmd->add_option("kind", *kind, "shares, trend, gap, burden, fan or map")
        ->required()
        ->type_name("KIND");
    cmd->add_option("allies", req->allies, "trend: the allies to draw (ISO3 codes, at most 7)")
        ->type_name("ALLY");
    cmd->add_option("-o,--output", *output,
                    "The file to write: .svg, .png or .csv (default: - for stdout)")
        ->type_name("FILE");
    auto* scale_opt =
        cmd->add_option("--scale", *scale, "PNG: pixels per chart pixel, 1-4 (2 for print)")
            ->type_name("N")
            ->capture_default_str()
            ->check(whole_number());
    auto* year_opt = cmd->add_option("--year", req->year, "Year (default: the edition's last year)")
                         ->type_name("YEAR");
    auto* paths_opt = cmd->add_option("--paths", req->paths, "fan: simulated paths")
                          ->type_name("N")
                          ->capture_default_str()
                          ->check(whole_number());
    auto* seed_opt = cmd->add_option("--seed", req->seed, "fan: random seed")
                         ->type_name("S")
                         ->capture_default_str()
                         ->check(whole_number());
    auto* scenario_opt =
        cmd->add_option("--scenario", req->scenario,
                        "fan: status-quo, linear, commitments or a plan file (as in 'simulate')")
            ->type_name("S")
            ->capture_default_str();
    auto* shift_opt = cmd->add_option("--growth-shift", req->growth_shift_pct,
                                      "fan: points a year added to every ally's real growth "
                                      "(as in 'simulate')")
                          ->type_name("PP");
    auto* volatility_opt = cmd->add_option("--volatility-scale", req->volatility_scale,
                                           "fan: multiplies every ally's volatility (as in "
                                           "'simulate')")
                               ->type_name("X");
    auto only = std::make_shared<std::string>();
    auto highlight = std::make_shared<std::string>();
    cmd->add_option("--allies", *only,
                    "shares, map, gap, fan: only these, comma-separated (codes or names; NATO, "
                    "NATO_EUROPE_CAN, EU for the EU allies)")
        ->type_name("LIST");
    cmd->add_option("--highlight", *highlight,
                    "Draw these allies with emphasis and the others lighter, comma-separated")
        ->type_name("LIST");
    cmd->add_option("--title", req->text.title, "Replace the chart's title")->type_name("TEXT");
    cmd->add_option("--subtitle", req->text.subtitle, "Replace the chart's subtitle")
        ->type_name("TEXT");
    cmd->add_option("--note", req->text.note, "Add a note above the source line")
        ->type_name("TEXT");
    cmd->add_option("--byline", req->text.byline, "Credit the chart: \"Chart: BYLINE.\"")
        ->type_name("TEXT");
    cmd->add_option("--width", req->width,
                    "Width in pixels, 300-1200; text keeps its size (340 for a phone)")
        ->type_name("PX")
        ->capture_default_str()
        ->check(whole_number());
    cmd->callback([&g, req, kind, output, scale, scale_opt, year_opt, paths_opt, seed_opt,
                   scenario_opt, shift_opt, volatility_opt, only, highlight] {
        req->kind = app::parse_chart_kind_field(*kind);
        req->only = split_list(*only);
        req->highlight = split_list(*highlight);
        req->common.edition = g.edition;
        const auto lang = language(g);
        const auto format = chart_format(g.format, *output);
        // An option that would change nothing is refused, not ignored.
        const auto command = "chart " + *kind;
        const bool fan = req->kind == report::ChartKind::Fan;
        for (const auto* o : {paths_opt, seed_opt, scenario_opt, shift_opt, volatility_opt})
            refuse_unused(o, fan, command);
        refuse_unused(year_opt, !fan, command);
        refuse_unused(scale_opt, format == app::ChartFormat::Png, command);
        if (app::chart_compares_shares(req->kind))
            req->rounding = rounding(g);
        else
            refuse_global_rounding(g, command);
        report::check_png_scale(*scale);
        if (fan && req->scenario.ends_with(".toml"))
            req->plan = app::read_plan(req->scenario);
        req->validate(); // reject bad input before opening the database
        write_output(*output, app::render_chart(open_service(g, FormatKind::Chart).chart(*req),
                                                format, lang, *scale));
    });
}

} // namespace hague::cli
