#pragma once
// What the files of the C ABI share: the per-thread last error, the guard that
// keeps exceptions inside, argument checks and returned strings. Internal to
// the shared library (hidden, never exported).

#include <boost/json/value.hpp>

#include <cstddef>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>

#include "klantinteracties.h"
#include "klantinteracties/invalid_param.hpp"
#include "klantinteracties/json/limieten.hpp"
#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/referentielijsten/referentielijsten.hpp"

namespace ki::capi {

// Sets this thread's ki_last_error() message and returns `status`.
int fail(int status, std::string_view function, std::string_view message) noexcept;
// Clears the message and returns KI_OK.
int succeed() noexcept;

// Runs the body of an exported function: anything thrown becomes KI_EINTERNAL.
template <class F>
int guarded(std::string_view function, F&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return fail(KI_EINTERNAL, function, "out of memory");
  } catch (const std::exception& e) {
    return fail(KI_EINTERNAL, function, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(KI_EINTERNAL, function, "internal error");
  }
}

// The input limit in force (ki_set_input_limit()).
std::size_t input_limit() noexcept;
// The limits for json::parse: the input limit and the depth limit in force
// (ki_set_depth_limit()).
ki::json::Limieten limieten() noexcept;

// KI_EINVAL naming the first byte that is not UTF-8, else KI_OK.
int utf8_arg(std::string_view function, std::string_view name, std::string_view s);

// text_arg's failures, out of its inlined path.
int arg_null(std::string_view function, std::string_view name);
int arg_too_large(std::string_view function, std::string_view name, std::size_t size,
                  std::size_t limit);

// Checks one string argument (NULL, size, UTF-8). `required`: NULL is
// KI_EINVAL; otherwise NULL stays an empty optional. Without `utf8` the
// caller checks the UTF-8 itself (utf8_arg), where that is cheaper.
inline int text_arg(std::string_view function, std::string_view name, const char* arg,
                    bool required, std::optional<std::string_view>& out, std::size_t limit,
                    bool utf8 = true) {
  out.reset();
  if (!arg) return required ? arg_null(function, name) : KI_OK;
  const std::size_t size = std::strlen(arg);
  if (size > limit) return arg_too_large(function, name, size, limit);
  const std::string_view s(arg, size);
  if (utf8)
    if (int rc = utf8_arg(function, name, s); rc != KI_OK) return rc;
  out = s;
  return KI_OK;
}

using ki::json::detail::equal_ignoring_case;

// A copy the caller frees with ki_free().
char* c_string(std::string_view s);
char* c_string(const boost::json::value& v);

// Clears an out-parameter on entry.
template <class T>
void clear(T** out) noexcept {
  if (out) *out = nullptr;
}

// The one-line summary of a rejection for ki_last_error().
std::string summary(std::string_view what, const InvalidParams& errors);

// The process-wide reference lists (null: the built-in ones).
std::shared_ptr<const referentielijsten::Referentielijsten> current_lijsten();

}  // namespace ki::capi
