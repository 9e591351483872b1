#pragma once
/// A shared library loaded on first use rather than linked: for the libraries that only a few
/// commands need (libzip for workbooks, librsvg for PNG), so that they and their dependencies
/// stay out of every command's start. Opened once and kept open for the process; its functions
/// are bound by name into pointers whose types come from the library's own headers.

#include <string>
#include <type_traits>

namespace hague::io {

class SharedLibrary {
  public:
    /// dlopen(soname); a library that cannot be loaded leaves missing() saying why.
    explicit SharedLibrary(const char* soname);

    /// Binds `fn` to the function `name` (dlsym); the first one absent is recorded in
    /// missing() and leaves `fn` null. A no-op once the library is missing.
    template <typename Fn> void bind(Fn*& fn, const char* name) {
        static_assert(std::is_function_v<Fn>, "bind a function pointer");
        fn = reinterpret_cast<Fn*>(symbol(name));
    }

    /// Why the library or one of its functions could not be loaded; empty when all were.
    [[nodiscard]] const std::string& missing() const noexcept { return missing_; }

  private:
    [[nodiscard]] void* symbol(const char* name);

    const char* soname_;
    void* handle_ = nullptr;
    std::string missing_;
};

} // namespace hague::io
