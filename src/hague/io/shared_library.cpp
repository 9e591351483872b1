#include "hague/io/shared_library.hpp"

#include <dlfcn.h>

namespace hague::io {

SharedLibrary::SharedLibrary(const char* soname) : soname_(soname) {
    handle_ = dlopen(soname, RTLD_NOW | RTLD_LOCAL); // never closed: kept for the process
    if (handle_ == nullptr) {
        const char* why = dlerror();
        missing_ = why ? why : soname;
    }
}

void* SharedLibrary::symbol(const char* name) {
    if (handle_ == nullptr)
        return nullptr;
    void* found = dlsym(handle_, name);
    if (found == nullptr && missing_.empty())
        missing_ = std::string(soname_) + " has no " + name;
    return found;
}

} // namespace hague::io
