// The non-template parts of the codec: lenient scalar reads (KI-GEN-008,
// KI-GEN-009, KI-MD-001/003) and parsing.

#include "klantinteracties/json/codec.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace ki::json {

using detail::lower_ascii;

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
  if (ec == std::errc::result_out_of_range)  // Python ints are unbounded: clamp, the range
    return negative ? std::numeric_limits<std::int64_t>::min()  // checks then fail (KI-GEN-010)
                    : std::numeric_limits<std::int64_t>::max();
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
      const std::string naam = camelize(parse_key(kv.key()));
      PathSegment seg(err, naam);
      if (value.is_null())
        err.add("null", std::string(msg::null));
      else
        err.add("invalid", std::string(msg::not_a_string));
      ok = false;
    }
  }
  return ok;
}

namespace {

// Python repr() of a str (the quotes Python picks, its escapes).
void python_repr_str(std::string_view s, std::string& out) {
  const bool dubbel =
      s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos;
  const char q = dubbel ? '"' : '\'';
  out += q;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\\' || c == q) {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\x{:02x}", u);
    } else {
      out += c;
    }
  }
  out += q;
}

// Python repr() of a decoded JSON value (lists and dicts as Python prints them).
void python_repr(const boost::json::value& v, std::string& out) {
  if (v.is_string()) {
    python_repr_str(v.get_string(), out);
  } else if (v.is_array()) {
    out += '[';
    bool eerste = true;
    for (const auto& e : v.get_array()) {
      if (!eerste) out += ", ";
      eerste = false;
      python_repr(e, out);
    }
    out += ']';
  } else if (v.is_object()) {
    out += '{';
    bool eerste = true;
    for (const auto& kv : v.get_object()) {
      if (!eerste) out += ", ";
      eerste = false;
      python_repr_str(kv.key(), out);
      out += ": ";
      python_repr(kv.value(), out);
    }
    out += '}';
  } else {
    out += python_str(v);
  }
}

}  // namespace

// The `{input}` of DRF's invalid_choice message: Python str() of the value
// (KI-GEN-006), so a list or dict reads as Python prints it: `['klant']`.
std::string choice_text(const boost::json::value& v) {
  if (v.is_string()) return std::string(v.get_string());
  if (v.is_bool()) return v.get_bool() ? "True" : "False";
  if (v.is_null()) return "None";
  if (v.is_number()) return python_str(v);
  std::string out;
  python_repr(v, out);
  return out;
}

}  // namespace detail

namespace {

// Strict UTF-8 (no encoded surrogates, no overlongs), as Python decodes a body.
bool utf8(std::string_view s) {
  for (std::size_t i = 0, n = 0; i < s.size(); i += n)
    if ((n = detail::utf8_reeks(s, i)) == 0) return false;
  return true;
}

// Python's json module accepts a lone UTF-16 surrogate escape (`\\ud800`),
// Boost.JSON does not: rewrite each lone one as its WTF-8 bytes, so that the
// validator can report it (KI-GEN-019). Nothing when there is none.
std::optional<std::string> lone_surrogates_as_wtf8(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  bool in_string = false;
  bool changed = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (!in_string || c != '\\' || i + 1 >= t.size()) {
      if (c == '"') in_string = !in_string;
      out += c;
      continue;
    }
    unsigned u = 0;
    if (t[i + 1] != 'u' || !detail::hex4(t, i + 2, u)) {  // another escape: copy both
      out += c;
      out += t[++i];
      continue;
    }
    unsigned lo = 0;
    if (u >= 0xD800 && u <= 0xDBFF && i + 12 <= t.size() && t[i + 6] == '\\' && t[i + 7] == 'u' &&
        detail::hex4(t, i + 8, lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
      out.append(t.substr(i, 12));  // a proper pair
      i += 11;
      continue;
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      out += static_cast<char>(0xE0 | (u >> 12));
      out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (u & 0x3F));
      changed = true;
    } else {
      out.append(t.substr(i, 6));
    }
    i += 5;
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace

boost::json::value parse(std::string_view text, InvalidParams& errors, const Limieten& limieten,
                         boost::json::storage_ptr storage) {
  if (text.size() > limieten.max_bytes) {
    errors.push_back({"nonFieldErrors", "parse_error",
                      fmt::format(fmt::runtime(msg::parse_error),
                                  fmt::format("document larger than {} bytes", limieten.max_bytes))});
    return nullptr;
  }
  boost::json::parse_options opt;
  opt.max_depth = limieten.max_diepte;
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(text, ec, storage, opt);
  if (ec && ec != boost::json::error::too_deep && utf8(text)) {
    if (const auto wtf8 = lone_surrogates_as_wtf8(text)) {
      opt.allow_invalid_utf8 = true;
      boost::system::error_code ec2;
      boost::json::value w = boost::json::parse(*wtf8, ec2, storage, opt);
      if (!ec2) return w;
    }
  }
  if (ec) {
    const std::string reden =
        ec == boost::json::error::too_deep
            ? fmt::format("nested deeper than {} levels", limieten.max_diepte)
            : ec.message();
    errors.push_back({"nonFieldErrors", "parse_error",
                      fmt::format(fmt::runtime(msg::parse_error), reden)});
    return nullptr;
  }
  return v;
}

}  // namespace ki::json
