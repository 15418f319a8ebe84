#pragma once
// Text forms of the scalar values, read as leniently as Open Klant reads them
// and written as Open Klant writes them. No exceptions: a failed read is
// std::nullopt.

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "klantinteracties/model/values.hpp"

namespace ki::json {

// KI-GEN-013: a UUID string in any letter case, with or without hyphens, with
// `urn:`/`uuid:` parts or braces. (Integers are handled by parse_uuid(value).)
std::optional<Uuid> parse_uuid(std::string_view text);
// KI-GEN-013: a JSON string as above, or a JSON integer 0 <= n < 2^128
// (true/false count as 1/0).
std::optional<Uuid> parse_uuid(const boost::json::value& v);
// Lower-case, hyphenated.
std::string format_uuid(const Uuid& u);

// KI-GEN-011: `YYYY-MM-DD`, `YYYYMMDD`, ISO week dates, one-digit month/day.
std::optional<Date> parse_date(std::string_view text);
std::string format_date(const Date& d);  // YYYY-MM-DD

// KI-GEN-012: ISO 8601 as Python's datetime.fromisoformat and DRF accept it:
// naive or with Z/offset, `T` or a space, bare date, 0-6+ fraction digits.
// The wire form (fraction digits, zone) is recorded in the result.
std::optional<DateTime> parse_date_time(std::string_view text);
// Open Klant's form: fraction as recorded (or 6 digits when non-zero and not
// recorded, none when zero), `Z` for UTC and naive values, else `+HH:MM`.
std::string format_date_time(const DateTime& t);

// Python's str() of a JSON number (`123`, `2.5`, `42.0`, `1e+20`), used where
// Open Klant coerces numbers to text (KI-GEN-007, KI-MD-003).
std::string python_str(const boost::json::value& number);

// §0.3: the request-key parser of djangorestframework-camel-case 1.4.2
// (camelCase -> snake_case, then Python lower()). `_expand` is never parsed by
// the caller.
std::string parse_key(std::string_view key);
// Whether parse_key(key) == key without calling it: a key of [a-z_] only
// (the parser changes capitals and digits, nothing else).
bool parse_key_keeps(std::string_view key);

// §0.1 B.4: camelize one error-name segment ([a-z]_[a-z] -> aZ, left to right,
// non-overlapping).
std::string camelize(std::string_view segment);

// Python's type name of a JSON value as DRF reports it (`str`, `int`, `float`,
// `bool`, `list`, `dict`, `NoneType`).
std::string_view python_type_name(boost::json::kind kind);
inline std::string_view python_type_name(const boost::json::value& v) {
  return python_type_name(v.kind());
}

// Python str.strip(): removes leading and trailing Unicode whitespace
// (UTF-8 input).
namespace detail {
std::string_view python_strip_randen(std::string_view text);
// Appends code point c to out as UTF-8.
void append_utf8(std::string& out, char32_t c);
// Bytes of the strict UTF-8 sequence (RFC 3629: no overlong forms, no
// surrogates, at most U+10FFFF) that starts at s[i]: 1 for ASCII, 0 where
// none starts.
std::size_t utf8_reeks(std::string_view s, std::size_t i);
// s with its ASCII letters in lower case and every other byte as it is,
// whatever the program's C locale (std::tolower follows it).
std::string lower_ascii(std::string_view s);
// Whether a and b are equal but for the case of ASCII letters.
bool equal_ignoring_case(std::string_view a, std::string_view b);
// The value of the four hex digits at s[i] (a \u escape's); false if there
// are not four.
bool hex4(std::string_view s, std::size_t i, unsigned& out);
}  // namespace detail
inline std::string_view python_strip(std::string_view text) {
  // Nearly every text starts and ends with a visible ASCII character: done.
  if (!text.empty()) {
    const auto eerste = static_cast<unsigned char>(text.front());
    const auto laatste = static_cast<unsigned char>(text.back());
    if (eerste > 0x20 && eerste < 0x7F && laatste > 0x20 && laatste < 0x7F) return text;
  }
  return detail::python_strip_randen(text);
}

// Number of Unicode code points (Python len()) of UTF-8 text.
std::size_t python_len(std::string_view text);

}  // namespace ki::json
