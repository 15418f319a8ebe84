// The non-template parts of the codec: lenient scalar reads (KI-GEN-008,
// KI-GEN-009, KI-MD-001/003) and parsing.

#include "klantinteracties/json/codec.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace ki::json {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

namespace detail {

// KI-GEN-008: DRF BooleanField's accepted values, case-insensitive, untrimmed.
bool read_bool(const boost::json::value& v, bool& out, ErrorPath& err) {
  if (v.is_bool()) {
    out = v.get_bool();
    return true;
  }
  if (v.is_int64() || v.is_uint64() || v.is_double()) {
    const double d = v.is_double() ? v.get_double()
                     : v.is_int64() ? static_cast<double>(v.get_int64())
                                    : static_cast<double>(v.get_uint64());
    if (d == 1.0 || d == 0.0) {
      out = d == 1.0;
      return true;
    }
  } else if (v.is_string()) {
    const std::string s = lower_ascii(v.get_string());
    static constexpr std::string_view truthy[] = {"t", "y", "yes", "true", "on", "1"};
    static constexpr std::string_view falsy[] = {"f", "n", "no", "false", "off", "0"};
    for (auto t : truthy)
      if (s == t) return out = true, true;
    for (auto f : falsy)
      if (s == f) return out = false, true;
  }
  err.add("invalid", std::string(msg::not_a_boolean));
  return false;
}

bool is_null_text(const boost::json::value& v) {
  return v.is_string() && (v.get_string().empty() || lower_ascii(v.get_string()) == "null");
}

namespace {

// Python int() of text: optional sign, surrounding whitespace, single
// underscores between digits.
std::optional<std::int64_t> python_int(std::string_view s) {
  s = python_strip(s);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || s.front() == '_' || s.back() == '_') return std::nullopt;
  std::string digits;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_') {
      if (s[i + 1] == '_') return std::nullopt;
      continue;
    }
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    digits += s[i];
  }
  std::int64_t value = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || p != digits.data() + digits.size()) return std::nullopt;
  return negative ? -value : value;
}

}  // namespace

// KI-GEN-009: DRF IntegerField: the text form, with a trailing `.0…` removed,
// must be a Python int() literal.
bool read_integer(const boost::json::value& v, std::int64_t& out, ErrorPath& err) {
  if (v.is_int64()) {
    out = v.get_int64();
    return true;
  }
  std::string text;
  if (v.is_string()) {
    text.assign(v.get_string().data(), v.get_string().size());
    if (text.size() > 1000) {
      err.add("max_string_length", std::string(msg::integer_too_long));
      return false;
    }
  } else if (v.is_bool()) {
    text = v.get_bool() ? "True" : "False";
  } else if (v.is_number()) {
    text = python_str(v);
  }
  // Remove trailing whitespace, then a `.` followed only by zeros.
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  if (const auto dot = text.rfind('.'); dot != std::string::npos &&
                                        text.find_first_not_of('0', dot + 1) == std::string::npos)
    text.resize(dot);
  if (auto i = python_int(text)) {
    out = *i;
    return true;
  }
  err.add("invalid", std::string(msg::not_an_integer));
  return false;
}

// KI-MD-001/003: an object of text values; numbers become text. Values are
// reported under their parsed, camelized key (§0.3, §0.1 C.13).
bool read_metadata(const boost::json::value& v, Metadata& out, ErrorPath& err) {
  if (!v.is_object()) {
    err.add("not_a_dict", fmt::format(fmt::runtime(msg::not_a_dict), python_type_name(v)));
    return false;
  }
  bool ok = true;
  out.clear();
  for (const auto& kv : v.get_object()) {
    const auto& value = kv.value();
    if (value.is_string()) {
      out.emplace_back(kv.key(), value.get_string());
    } else if (value.is_number()) {
      out.emplace_back(kv.key(), python_str(value));
    } else {
      PathSegment seg(err, camelize(parse_key(kv.key())));
      if (value.is_null())
        err.add("null", std::string(msg::null));
      else
        err.add("invalid", std::string(msg::not_a_string));
      ok = false;
    }
  }
  return ok;
}

// The `{input}` of DRF's invalid_choice message: Python str() of the value.
std::string choice_text(const boost::json::value& v) {
  if (v.is_string()) return std::string(v.get_string());
  if (v.is_bool()) return v.get_bool() ? "True" : "False";
  if (v.is_null()) return "None";
  if (v.is_number()) return python_str(v);
  return boost::json::serialize(v);
}

}  // namespace detail

boost::json::value parse(std::string_view text, InvalidParams& errors) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(text, ec);
  if (ec) {
    errors.push_back({"nonFieldErrors", "parse_error",
                      fmt::format(fmt::runtime(msg::parse_error), ec.message())});
    return nullptr;
  }
  return v;
}

}  // namespace ki::json
