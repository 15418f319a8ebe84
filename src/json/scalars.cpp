// Text forms of the scalar values (scalars.hpp). Hand-written matchers that
// reproduce what Open Klant's stack accepts: CPython 3.12 (`fromisoformat`,
// `int(…, 16)`, `str.strip`, float repr), Django 5.2 `dateparse`, DRF 3.15.2
// and djangorestframework-camel-case 1.4.2. Nothing here throws.

#include "klantinteracties/json/scalars.hpp"

#include <boost/json/value.hpp>
#include <boost/uuid/uuid_io.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ki::json {
namespace {

// ---------------------------------------------------------------------------
// Characters and UTF-8

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

struct CodePoint {
  char32_t cp;
  std::size_t len;  // bytes
};

// The code point at s[i]; a byte that does not start valid UTF-8 stands for
// itself (length 1).
CodePoint decode(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t len = b < 0x80          ? 1
                          : (b >> 5) == 0x6 ? 2
                          : (b >> 4) == 0xE ? 3
                          : (b >> 3) == 0x1E ? 4
                                             : 0;
  if (len == 0 || i + len > s.size()) return {b, 1};
  char32_t cp = len == 1 ? b : (b & (0x7F >> len));
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return {b, 1};
    cp = (cp << 6) | (c & 0x3F);
  }
  return {cp, len};
}

// Start of the code point that ends at s[end - 1].
std::size_t last_start(std::string_view s, std::size_t end) {
  std::size_t i = end - 1;
  while (i > 0 && end - i < 4 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return decode(s, i).len == end - i ? i : end - 1;
}

// Python str.isspace() / regex `\s` (KI-GEN-020).
bool is_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// Value of a Unicode decimal digit (category Nd, Unicode 15.0 as in Python
// 3.12: what regex `\d` matches and int() reads), else -1. Every Nd block is
// ten consecutive code points; these are their zeros.
int decimal_value(char32_t c) {
  static constexpr char32_t zeros[] = {
      0x30,    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,   0xB66,
      0xBE6,   0xC66,   0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,   0x1040,
      0x1090,  0x17E0,  0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,
      0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,
      0xFF10,  0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450,
      0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0,
      0x11F50, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
      0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0};
  const auto* it = std::upper_bound(std::begin(zeros), std::end(zeros), c);
  if (it == std::begin(zeros) || c - it[-1] > 9) return -1;
  return static_cast<int>(c - it[-1]);
}

// Python str.lower() for ASCII, Latin-1, Latin Extended-A, modern Greek and
// basic Cyrillic (U+0130 gives "i̇" as in Python; Σ always gives σ: Python's
// final-sigma rule is not applied).
void append_lower(std::string& out, char32_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
      (c >= 0x391 && c <= 0x3AB && c != 0x3A2) || (c >= 0x410 && c <= 0x42F)) {
    c += 0x20;
  } else if (c >= 0x400 && c <= 0x40F) {
    c += 0x50;
  } else if (c == 0x386 || c == 0x38C || c == 0x38E || c == 0x38F) {  // Greek with tonos
    c = c == 0x386 ? 0x3AC : c == 0x38C ? 0x3CC : c + 0x3F;
  } else if (c >= 0x388 && c <= 0x38A) {
    c += 0x25;
  } else if (c == 0x130) {
    out += "i\xCC\x87";
    return;
  } else if (c == 0x178) {
    c = 0xFF;
  } else if (((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) && c % 2 == 0) {
    c += 1;
  } else if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && c % 2 == 1) {
    c += 1;
  }
  detail::append_utf8(out, c);
}

// ---------------------------------------------------------------------------
// Calendar

bool is_leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

int days_in_month(int y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// Python's date range: years 1..9999.
bool valid_date(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

// Days since 1970-01-01 and back (proleptic Gregorian, H. Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int weekday(long days) { return static_cast<int>(((days + 3) % 7 + 7) % 7); }  // Monday = 0

// KI-GEN-011: ISO week date to calendar date (CPython iso_to_ymd). The result
// may still fall outside years 1..9999; the caller checks.
std::optional<Date> iso_to_ymd(int year, int week, int day) {
  if (year < 1 || year > 9999) return std::nullopt;
  const long jan1 = days_from_civil(year, 1, 1);
  const int wd = weekday(jan1);
  // Week 53 exists in years that start on a Thursday, or leap years that
  // start on a Wednesday.
  if ((week <= 0 || week >= 53) && !(week == 53 && (wd == 3 || (wd == 2 && is_leap(year)))))
    return std::nullopt;
  if (day <= 0 || day >= 8) return std::nullopt;
  const long week1_monday = jan1 - wd + (wd > 3 ? 7 : 0);
  return civil_from_days(week1_monday + (week - 1) * 7L + day - 1);
}

// ---------------------------------------------------------------------------
// CPython 3.12 date/datetime.fromisoformat (Modules/_datetimemodule.c),
// ported on a NUL-terminated copy of the text: the C code relies on the
// terminating NUL, and its quirks (e.g. `10:+01:00`, `12345678`, trailing
// text after the date in date.fromisoformat) carry over unchanged.

const char* parse_digits(const char* p, int& var, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k, ++p) {
    if (!is_digit(*p)) return nullptr;
    var = var * 10 + (*p - '0');
  }
  return p;
}

// Reads the date part; fields are not range-checked yet.
bool parse_isoformat_date(const char* s, std::size_t len, Date& out) {
  int year = 0, month = 0, day = 0;
  const char* p = parse_digits(s, year, 4);
  if (!p) return false;
  const bool sep = *p == '-';
  if (sep) ++p;
  if (*p == 'W') {  // ISO week date YYYY-Www[-D] / YYYYWww[D]
    int week = 0, wday = 0;
    p = parse_digits(p + 1, week, 2);
    if (!p) return false;
    if (static_cast<std::size_t>(p - s) < len) {
      if (sep && *(p++) != '-') return false;
      if (!parse_digits(p, wday, 1)) return false;
    } else {
      wday = 1;
    }
    const auto d = iso_to_ymd(year, week, wday);
    if (!d) return false;
    out = *d;
    return true;
  }
  p = parse_digits(p, month, 2);
  if (!p) return false;
  if (sep && *(p++) != '-') return false;
  if (!parse_digits(p, day, 2)) return false;
  out = {year, month, day};
  return true;
}

// CPython _find_isoformat_datetime_separator; -1 when there is none.
std::ptrdiff_t find_separator(const char* s, std::ptrdiff_t len) {
  if (len == 7) return 7;
  if (s[4] == '-') {
    if (s[5] != 'W') return 10;           // YYYY-MM-DD
    if (len > 8 && s[8] == '-') {         // YYYY-Www-D or YYYY-Www-HH
      if (len == 9) return -1;
      return len > 10 && is_digit(s[10]) ? 8 : 10;
    }
    return 8;                             // YYYY-Www
  }
  if (s[4] != 'W') return 8;              // YYYYMMDD
  std::ptrdiff_t idx = 7;                 // YYYYWww or YYYYWwwD
  while (idx < len && is_digit(s[idx])) ++idx;
  if (idx < 9) return idx;
  return idx % 2 == 0 ? 7 : 8;
}

struct Clock {
  int values[3] = {0, 0, 0};  // hour, minute, second
  int micro = 0;
  int fraction_digits = 0;
};

// CPython parse_hh_mm_ss_ff: < 0 error, 1 when text remains, else 0.
int parse_hh_mm_ss_ff(const char* p, const char* end, Clock& t) {
  t = Clock{};
  bool has_separator = true;
  for (int i = 0; i < 3; ++i) {
    p = parse_digits(p, t.values[i], 2);
    if (!p) return -3;
    const char c = *(p++);
    if (i == 0) has_separator = c == ':';
    if (p >= end) return c != '\0';
    if (has_separator && c == ':') continue;
    if (c == '.' || c == ',') break;
    if (has_separator) return -4;
    --p;
  }
  const std::size_t to_parse = std::min<std::size_t>(static_cast<std::size_t>(end - p), 6);
  p = parse_digits(p, t.micro, to_parse);
  if (!p) return -3;
  for (std::size_t k = to_parse; k < 6; ++k) t.micro *= 10;
  t.fraction_digits = static_cast<int>(to_parse);
  while (is_digit(*p)) ++p;  // digits beyond 6 are dropped
  return *p != '\0';
}

struct Parsed {
  Date date;
  Clock clock;
  DateTime::Zone zone = DateTime::Zone::naive;
  long offset_us = 0;  // east of UTC, microseconds
};

// CPython parse_isoformat_time.
bool parse_isoformat_time(const char* s, std::size_t len, Parsed& out) {
  const char* end = s + len;
  const char* tz = s;
  do {
    if (*tz == 'Z' || *tz == '+' || *tz == '-') break;
  } while (++tz < end);
  const int rv = parse_hh_mm_ss_ff(s, tz, out.clock);
  if (rv < 0) return false;
  if (tz == end) return rv == 0;  // naive: nothing may follow
  if (*tz == 'Z') {
    out.zone = DateTime::Zone::utc;
    return *(tz + 1) == '\0';
  }
  Clock off;
  if (parse_hh_mm_ss_ff(tz + 1, end, off) != 0) return false;
  const long us = ((off.values[0] * 60L + off.values[1]) * 60 + off.values[2]) * 1000000L + off.micro;
  out.zone = DateTime::Zone::offset;
  // CPython ignores the fraction of a zero-second offset.
  out.offset_us = off.values[0] + off.values[1] + off.values[2] == 0 ? 0 : *tz == '-' ? -us : us;
  return true;
}

// KI-GEN-012 (1): datetime.fromisoformat.
std::optional<Parsed> datetime_fromisoformat(std::string_view text) {
  if (python_len(text) < 7) return std::nullopt;
  const std::string copy(text);  // NUL-terminated
  const char* s = copy.c_str();
  const auto len = static_cast<std::ptrdiff_t>(copy.size());
  const std::ptrdiff_t sep = find_separator(s, len);
  Parsed out;
  if (!parse_isoformat_date(s, static_cast<std::size_t>(sep), out.date)) return std::nullopt;
  if (len > sep) {
    // The separator is any one character (UTF-8: 1 to 4 bytes).
    const auto lead = static_cast<unsigned char>(s[sep]);
    const std::ptrdiff_t width = lead < 0x80 ? 1 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF0) == 0xF0 ? 4 : 2;
    if (sep + width > len) return std::nullopt;
    if (!parse_isoformat_time(s + sep + width, static_cast<std::size_t>(len - sep - width), out))
      return std::nullopt;
  }
  return out;
}

// `YYYY-MM-DDTHH:MM:SSZ` in ASCII digits: the Parsed that
// datetime_fromisoformat makes of it, without its copy and scans.
std::optional<Parsed> utc_seconden(std::string_view t) {
  if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' ||
      t[16] != ':' || t[19] != 'Z')
    return std::nullopt;
  const auto getal = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (!is_digit(t[i])) return -1;
      v = v * 10 + (t[i] - '0');
    }
    return v;
  };
  Parsed p;
  p.date = {getal(0, 4), getal(5, 2), getal(8, 2)};
  p.clock.values[0] = getal(11, 2);
  p.clock.values[1] = getal(14, 2);
  p.clock.values[2] = getal(17, 2);
  if (p.date.jaar < 0 || p.date.maand < 0 || p.date.dag < 0 || p.clock.values[0] < 0 ||
      p.clock.values[1] < 0 || p.clock.values[2] < 0)
    return std::nullopt;
  p.zone = DateTime::Zone::utc;
  return p;
}

// ---------------------------------------------------------------------------
// Django 5.2 dateparse regexes, matched by hand with Python `re` semantics
// (`\d` any Unicode decimal digit, `\s` Unicode whitespace, `$` also before a
// final newline).

struct Scanner {
  std::string_view s;
  std::size_t i = 0;

  bool literal(char c) {
    if (i < s.size() && s[i] == c) return ++i, true;
    return false;
  }
  // `\d{lo,hi}` (greedy); the value, or -1 when fewer than lo digits.
  int digits(int lo, int hi, int* count = nullptr) {
    int value = 0, n = 0;
    while (n < hi && i < s.size()) {
      const auto [cp, len] = decode(s, i);
      const int v = decimal_value(cp);
      if (v < 0) break;
      value = value * 10 + v;
      i += len;
      ++n;
    }
    if (count) *count = n;
    return n >= lo ? value : -1;
  }
  void spaces() {  // `\s*`
    while (i < s.size() && is_space(decode(s, i).cp)) i += decode(s, i).len;
  }
  bool at_end() const { return i == s.size() || (i + 1 == s.size() && s[i] == '\n'); }
};

// `(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})`
bool scan_date(Scanner& sc, Date& d) {
  d.jaar = sc.digits(4, 4);
  if (d.jaar < 0 || !sc.literal('-')) return false;
  d.maand = sc.digits(1, 2);
  if (d.maand < 0 || !sc.literal('-')) return false;
  d.dag = sc.digits(1, 2);
  return d.dag >= 0;
}

// KI-GEN-012 (2): Django's datetime_re; invalid values are rejected here.
std::optional<Parsed> django_datetime(std::string_view text) {
  Scanner sc{text};
  Parsed out;
  int* hms = out.clock.values;
  if (!scan_date(sc, out.date) || !(sc.literal('T') || sc.literal(' '))) return std::nullopt;
  if ((hms[0] = sc.digits(1, 2)) < 0 || !sc.literal(':') || (hms[1] = sc.digits(1, 2)) < 0)
    return std::nullopt;
  if (sc.literal(':')) {
    if ((hms[2] = sc.digits(1, 2)) < 0) return std::nullopt;
    if (sc.literal('.') || sc.literal(',')) {  // `[.,]\d{1,6}\d{0,6}`
      int n = 0;
      const std::size_t start = sc.i;
      sc.digits(0, 13, &n);
      if (n < 1 || n > 12) return std::nullopt;
      sc.i = start;
      out.clock.micro = sc.digits(1, std::min(n, 6));
      for (int k = std::min(n, 6); k < 6; ++k) out.clock.micro *= 10;
      out.clock.fraction_digits = std::min(n, 6);
      sc.digits(0, n - std::min(n, 6));
    }
  }
  sc.spaces();
  if (sc.literal('Z')) {
    out.zone = DateTime::Zone::utc;
  } else if (sc.i < text.size() && (text[sc.i] == '+' || text[sc.i] == '-')) {
    const bool minus = text[sc.i++] == '-';
    const int hours = sc.digits(2, 2);
    if (hours < 0) return std::nullopt;
    const std::size_t at = sc.i;  // `(?::?\d{2})?`
    sc.literal(':');
    int minutes = sc.digits(2, 2);
    if (minutes < 0) {
      sc.i = at;
      minutes = 0;
    }
    const long total = hours * 60L + minutes;
    if (total >= 24 * 60) return std::nullopt;  // get_fixed_timezone: |offset| < 24h
    out.zone = DateTime::Zone::offset;
    out.offset_us = (minus ? -total : total) * 60'000'000L;
  }
  if (!sc.at_end()) return std::nullopt;
  return out;
}

// DRF 3.15.2 DateTimeField quirk: after the ISO 8601 parsers fail it calls
// datetime.strptime(value, "iso-8601"), which accepts that literal text
// (case-insensitively, with Python's Unicode case folding of i and s) as
// 1900-01-01T00:00:00.
bool is_iso_8601_literal(std::string_view text) {
  static constexpr std::string_view want = "iso-8601";
  std::size_t i = 0;
  for (const char w : want) {
    if (i >= text.size()) return false;
    const auto [cp, len] = decode(text, i);
    const char ascii = static_cast<char>(cp < 0x80 ? cp : 0);
    const bool ok = (is_upper(ascii) ? ascii - 'A' + 'a' : ascii) == w ||
                    (w == 'i' && (cp == 0x130 || cp == 0x131)) || (w == 's' && cp == 0x17F);
    if (!ok) return false;
    i += len;
  }
  return i == text.size();
}

// Range checks of Python's datetime()/timezone() constructors and DRF's
// conversion to UTC, then the wire form as DateTime.
std::optional<DateTime> finish(const Parsed& p) {
  const int* hms = p.clock.values;
  if (!valid_date(p.date.jaar, p.date.maand, p.date.dag) || hms[0] > 23 || hms[1] > 59 ||
      hms[2] > 59)
    return std::nullopt;
  constexpr long day_us = 86'400'000'000L;
  if (p.offset_us <= -day_us || p.offset_us >= day_us) return std::nullopt;
  DateTime t{p.date, hms[0], hms[1], hms[2], p.clock.micro, p.clock.fraction_digits, p.zone, 0};
  if (p.zone != DateTime::Zone::offset) return t;
  // DRF converts aware values to UTC; outside years 1..9999 that overflows
  // (error `overflow`, not `invalid`).
  long utc_us = ((hms[0] * 60L + hms[1]) * 60 + hms[2]) * 1'000'000L + p.clock.micro - p.offset_us;
  long days = days_from_civil(p.date.jaar, p.date.maand, p.date.dag);
  if (utc_us < 0) utc_us += day_us, --days;
  if (utc_us >= day_us) utc_us -= day_us, ++days;
  const Date utc_date = civil_from_days(days);
  if (utc_date.jaar < 1 || utc_date.jaar > 9999) return std::nullopt;
  if (p.offset_us % 60'000'000L == 0) {
    t.offset_minuten = static_cast<int>(p.offset_us / 60'000'000L);
    return t;
  }
  // An offset with seconds cannot be kept in offset_minuten: keep the moment
  // and write it in UTC.
  const long seconds = utc_us / 1'000'000L;
  t = DateTime{utc_date, static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60),
               static_cast<int>(seconds % 60), static_cast<int>(utc_us % 1'000'000L),
               p.offset_us % 1'000'000L == 0 ? p.clock.fraction_digits : -1,
               DateTime::Zone::utc, 0};
  return t;
}

// ---------------------------------------------------------------------------
// Python float repr (KI-GEN-007).

std::string python_float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  char buf[64];
  // Shortest round-trip digits, as "d.ddde±XX".
  const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  const std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
  const std::size_t e_pos = sci.find('e');
  std::string digits;
  std::string out;
  for (const char c : sci.substr(0, e_pos)) {
    if (c == '-') out += '-';
    if (is_digit(c)) digits += c;
  }
  int exponent = 0;
  const std::string_view exp_text = sci.substr(e_pos + 1);
  std::from_chars(exp_text.data() + (exp_text[0] == '+'), exp_text.data() + exp_text.size(), exponent);
  const int n = static_cast<int>(digits.size());
  const int point = exponent + 1;  // digits before the decimal point
  if (point < -3 || point > 16) {  // Python: scientific when exponent < -4 or >= 16
    out += digits[0];
    if (n > 1) out += '.' + digits.substr(1);
    out += fmt::format("e{}{:02}", exponent < 0 ? '-' : '+', std::abs(exponent));
  } else if (point <= 0) {
    out += "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  } else if (point >= n) {
    out += digits + std::string(static_cast<std::size_t>(point - n), '0') + ".0";
  } else {
    out += digits.substr(0, static_cast<std::size_t>(point)) + '.' +
           digits.substr(static_cast<std::size_t>(point));
  }
  return out;
}

// ---------------------------------------------------------------------------
// UUID helpers (KI-GEN-013).

std::string replace_all(std::string s, std::string_view what) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t at; (at = s.find(what, from)) != std::string::npos; from = at + what.size())
    out.append(s, from, at - from);
  out.append(s, from);
  return out;
}

Uuid uuid_from_hex32(std::string_view hex) {
  Uuid u{};
  for (std::size_t k = 0; k < 16; ++k) {
    const auto nibble = [](char c) {
      return static_cast<unsigned char>(is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
    };
    u.data[k] = static_cast<std::uint8_t>(nibble(hex[2 * k]) << 4 | nibble(hex[2 * k + 1]));
  }
  return u;
}

Uuid uuid_from_u64(std::uint64_t v) {
  Uuid u{};
  for (int k = 15; k >= 8; --k, v >>= 8) u.data[k] = static_cast<std::uint8_t>(v & 0xFF);
  return u;
}

// Python int(text, 16): surrounding whitespace, a sign, a `0x` prefix,
// single underscores between digits and any Unicode decimal digit are
// allowed. Returns the hex digits (without sign and underscores).
std::optional<std::string> python_int_hex(std::string_view text) {
  // Like CPython: whitespace becomes ' ', other decimal digits ASCII.
  std::string a;
  for (std::size_t i = 0; i < text.size();) {
    const auto [cp, len] = decode(text, i);
    i += len;
    if (cp == 0) return std::nullopt;
    if (is_space(cp)) a += ' ';
    else if (decimal_value(cp) >= 0) a += static_cast<char>('0' + decimal_value(cp));
    else if (cp < 0x80) a += static_cast<char>(cp);
    else return std::nullopt;
  }
  const auto is_hex = [](char c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); };
  std::size_t i = a.find_first_not_of(' ');
  const std::size_t end = a.find_last_not_of(' ') + 1;
  if (i == std::string::npos) return std::nullopt;
  if (a[i] == '+' || a[i] == '-') {
    if (a[i] == '-') return std::nullopt;  // negative: out of range
    ++i;
  }
  if (a.compare(i, 2, "0x") == 0 || a.compare(i, 2, "0X") == 0) {
    i += 2;
    if (i < end && a[i] == '_') ++i;
  }
  std::string digits;
  for (; i < end; ++i) {
    if (a[i] == '_' && !digits.empty() && i + 1 < end && is_hex(a[i + 1])) continue;
    if (!is_hex(a[i])) return std::nullopt;
    digits += a[i];
  }
  if (digits.empty()) return std::nullopt;
  return digits;
}

}  // namespace

// ---------------------------------------------------------------------------

// The canonical 8-4-4-4-12 form, the one nearly every request carries, read
// without the copies the general rules below need (same result).
std::optional<Uuid> parse_canonical_uuid(std::string_view t) {
  if (t.size() != 36 || t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-')
    return std::nullopt;
  // The 32 digits side by side.
  char hex[32];
  std::memcpy(hex, t.data(), 8);
  std::memcpy(hex + 8, t.data() + 9, 4);
  std::memcpy(hex + 12, t.data() + 14, 4);
  std::memcpy(hex + 16, t.data() + 19, 4);
  std::memcpy(hex + 20, t.data() + 24, 12);
  Uuid u{};
#if defined(__SSE2__)
  // 16 digits at a time (SSE2, on every x86-64).
  for (int helft = 0; helft < 2; ++helft) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(hex + 16 * helft));
    // '0'..'9' and (with bit 5 set) 'a'..'f' as offsets; unsigned d <= 9
    // and l <= 5 hold for exactly those bytes.
    const __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
    const __m128i l = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i is_d = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
    const __m128i is_l = _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(5)), l);
    if (_mm_movemask_epi8(_mm_or_si128(is_d, is_l)) != 0xFFFF) return std::nullopt;
    const __m128i v = _mm_or_si128(_mm_and_si128(is_d, d),
                                   _mm_andnot_si128(is_d, _mm_add_epi8(l, _mm_set1_epi8(10))));
    // Each 16-bit lane holds two digits, the first in its low byte.
    const __m128i bytes = _mm_or_si128(_mm_slli_epi16(_mm_and_si128(v, _mm_set1_epi16(0x00FF)), 4),
                                       _mm_srli_epi16(v, 8));
    _mm_storel_epi64(reinterpret_cast<__m128i*>(u.data + 8 * helft),
                     _mm_packus_epi16(bytes, bytes));
  }
#else
  const auto waarde = [](char c) -> unsigned {
    const unsigned d = static_cast<unsigned char>(c) - '0';
    const unsigned l = (static_cast<unsigned char>(c) | 0x20u) - 'a';
    return d <= 9 ? d : l <= 5 ? l + 10 : 16;
  };
  unsigned fout = 0;
  for (std::size_t i = 0; i < 16; ++i) {
    const unsigned hoog = waarde(hex[2 * i]), laag = waarde(hex[2 * i + 1]);
    fout |= hoog | laag;
    u.data[i] = static_cast<std::uint8_t>((hoog << 4) | laag);
  }
  if (fout & 16u) return std::nullopt;
#endif
  return u;
}

std::optional<Uuid> parse_uuid(std::string_view text) {
  if (auto u = parse_canonical_uuid(text)) return u;
  // KI-GEN-013 (a): Python uuid.UUID(hex=...): remove `urn:` then `uuid:`,
  // strip `{`/`}` from both ends, remove `-`; 32 characters read by int(…, 16).
  std::string hex = replace_all(replace_all(std::string(text), "urn:"), "uuid:");
  const std::size_t first = hex.find_first_not_of("{}");
  hex = first == std::string::npos ? "" : hex.substr(first, hex.find_last_not_of("{}") + 1 - first);
  std::erase(hex, '-');
  if (python_len(hex) != 32) return std::nullopt;
  auto digits = python_int_hex(hex);
  if (!digits) return std::nullopt;
  return uuid_from_hex32(std::string(32 - digits->size(), '0') + *digits);
}

std::optional<Uuid> parse_uuid(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::string: return parse_uuid(std::string_view(v.get_string()));
    // KI-GEN-013 (b): an integer 0 <= n < 2^128; true/false are 1/0.
    case boost::json::kind::bool_: return uuid_from_u64(v.get_bool() ? 1 : 0);
    case boost::json::kind::uint64: return uuid_from_u64(v.get_uint64());
    case boost::json::kind::int64:
      if (v.get_int64() < 0) return std::nullopt;
      return uuid_from_u64(static_cast<std::uint64_t>(v.get_int64()));
    default: return std::nullopt;
  }
}

std::string format_uuid(const Uuid& u) { return boost::uuids::to_string(u); }

std::optional<Date> parse_date(std::string_view text) {
  // KI-GEN-011 (1): date.fromisoformat takes 7, 8 or 10 bytes (and ignores
  // what follows a complete YYYYMMDD / YYYYWwwD, as CPython 3.12 does).
  if (text.size() == 7 || text.size() == 8 || text.size() == 10) {
    const std::string copy(text);
    Date d;
    if (parse_isoformat_date(copy.c_str(), copy.size(), d) && valid_date(d.jaar, d.maand, d.dag))
      return d;
  }
  // KI-GEN-011 (2): Django's `\d{4}-\d{1,2}-\d{1,2}$`.
  Scanner sc{text};
  Date d;
  if (scan_date(sc, d) && sc.at_end() && valid_date(d.jaar, d.maand, d.dag)) return d;
  return std::nullopt;
}

std::string format_date(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.jaar, d.maand, d.dag);
}

std::optional<DateTime> parse_date_time(std::string_view text) {
  // The form nearly every body has, read as fromisoformat reads it.
  if (auto p = utc_seconden(text))
    if (auto t = finish(*p)) return t;
  // KI-GEN-012: fromisoformat, else Django's regex; a value that either
  // reads but that is out of range is invalid.
  if (auto p = datetime_fromisoformat(text)) {
    if (auto t = finish(*p)) return t;
  }
  if (auto p = django_datetime(text)) return finish(*p);
  if (is_iso_8601_literal(text)) {
    return DateTime{Date{1900, 1, 1}, 0, 0, 0, 0, 0, DateTime::Zone::naive, 0};
  }
  return std::nullopt;
}

std::string format_date_time(const DateTime& t) {
  // model.md §1.6.
  std::string out = fmt::format("{}T{:02}:{:02}:{:02}", format_date(t.datum), t.uur, t.minuut, t.seconde);
  const int digits = t.fractie_cijfers >= 0 ? std::min(t.fractie_cijfers, 6) : (t.microseconde != 0 ? 6 : 0);
  if (digits > 0) out += '.' + fmt::format("{:06}", t.microseconde).substr(0, static_cast<std::size_t>(digits));
  if (t.zone != DateTime::Zone::offset) return out + 'Z';
  const int m = std::abs(t.offset_minuten);
  return out + fmt::format("{}{:02}:{:02}", t.offset_minuten < 0 ? '-' : '+', m / 60, m % 60);
}

std::string python_str(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::int64: return std::to_string(v.get_int64());
    case boost::json::kind::uint64: return std::to_string(v.get_uint64());
    case boost::json::kind::double_: return python_float_repr(v.get_double());
    case boost::json::kind::bool_: return v.get_bool() ? "True" : "False";
    case boost::json::kind::null: return "None";
    case boost::json::kind::string: return std::string(v.get_string());
    default: return {};  // lists and dicts are never coerced
  }
}

bool parse_key_keeps(std::string_view key) {
  for (const char c : key)
    if (!(is_lower(c) || c == '_')) return false;
  return true;
}

std::string parse_key(std::string_view key) {
  // §0.3: re.sub(r"([a-z0-9]|[A-Z]?(?=[A-Z0-9](?=[a-z0-9]|(?<![A-Z])$)))"
  //              r"([A-Z]|(?<=[a-z])[0-9](?=[0-9A-Z]|$)|(?<=[A-Z])[0-9](?=[0-9]|$))",
  //              r"\1_\2", key).lower()
  // The classes are ASCII, so working on UTF-8 bytes gives the same matches.
  const std::size_t n = key.size();
  const auto in = [&](std::size_t i, bool (*cls)(char)) { return i < n && cls(key[i]); };
  const auto eol = [&](std::size_t i) { return i == n || (i + 1 == n && key[i] == '\n'); };  // `$`
  // Group 2 at k: one character.
  const auto group2 = [&](std::size_t k) {
    if (in(k, is_upper)) return true;
    if (!in(k, is_digit) || k == 0) return false;
    if (is_lower(key[k - 1])) return in(k + 1, is_digit) || in(k + 1, is_upper) || eol(k + 1);
    if (is_upper(key[k - 1])) return in(k + 1, is_digit) || eol(k + 1);
    return false;
  };
  // `(?=[A-Z0-9](?=[a-z0-9]|(?<![A-Z])$))` at j.
  const auto ahead = [&](std::size_t j) {
    if (!in(j, is_upper) && !in(j, is_digit)) return false;
    return in(j + 1, is_lower) || in(j + 1, is_digit) || (!is_upper(key[j]) && eol(j + 1));
  };
  std::string snake;
  for (std::size_t i = 0; i < n;) {
    // Group 1, alternatives in order: `[a-z0-9]`, `[A-Z]` + lookahead, empty + lookahead.
    std::size_t g1 = 0;
    bool match = false;
    if ((in(i, is_lower) || in(i, is_digit)) && group2(i + 1)) {
      g1 = 1, match = true;
    } else if (in(i, is_upper) && ahead(i + 1) && group2(i + 1)) {
      g1 = 1, match = true;
    } else if (ahead(i) && group2(i)) {
      match = true;
    }
    if (!match) {
      snake += key[i++];
      continue;
    }
    snake.append(key.substr(i, g1)) += '_';
    snake += key[i + g1];
    i += g1 + 1;
  }
  std::string out;
  for (std::size_t i = 0; i < snake.size();) {
    const auto [cp, len] = decode(snake, i);
    if (len == 1 && cp >= 0x80) out += snake[i];  // not UTF-8: keep the byte
    else append_lower(out, cp);
    i += len;
  }
  return out;
}

std::string camelize(std::string_view segment) {
  // §0.1 B.4: each non-overlapping `[a-z]_[a-z]` -> first letter + upper-cased second.
  std::string out;
  for (std::size_t i = 0; i < segment.size(); ++i) {
    out += segment[i];
    if (is_lower(segment[i]) && i + 2 < segment.size() && segment[i + 1] == '_' &&
        is_lower(segment[i + 2])) {
      out += static_cast<char>(segment[i + 2] - 'a' + 'A');
      i += 2;
    }
  }
  return out;
}

std::string_view python_type_name(boost::json::kind kind) {
  switch (kind) {
    case boost::json::kind::string: return "str";
    case boost::json::kind::int64:
    case boost::json::kind::uint64: return "int";
    case boost::json::kind::double_: return "float";
    case boost::json::kind::bool_: return "bool";
    case boost::json::kind::array: return "list";
    case boost::json::kind::object: return "dict";
    case boost::json::kind::null: return "NoneType";
  }
  return "object";
}

// KI-GEN-020: python_strip for a text that may have whitespace at an end.
std::string_view detail::python_strip_randen(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && is_space(decode(text, begin).cp)) begin += decode(text, begin).len;
  while (end > begin) {
    const std::size_t start = last_start(text, end);
    if (start < begin || !is_space(decode(text, start).cp)) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

void detail::append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::size_t detail::utf8_reeks(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto vervolg = [&](std::size_t k) { return (byte(k) & 0xC0u) == 0x80u; };
  const unsigned b0 = byte(0);
  const std::size_t ruimte = s.size() - i;
  if (b0 < 0x80) return 1;
  if (b0 < 0xC2) return 0;  // a continuation byte, or C0/C1 (overlong)
  if (b0 < 0xE0) return ruimte >= 2 && vervolg(1) ? 2 : 0;
  if (b0 < 0xF0) {
    const unsigned laag = b0 == 0xE0 ? 0xA0 : 0x80, hoog = b0 == 0xED ? 0x9F : 0xBF;
    return ruimte >= 3 && byte(1) >= laag && byte(1) <= hoog && vervolg(2) ? 3 : 0;
  }
  if (b0 < 0xF5) {
    const unsigned laag = b0 == 0xF0 ? 0x90 : 0x80, hoog = b0 == 0xF4 ? 0x8F : 0xBF;
    return ruimte >= 4 && byte(1) >= laag && byte(1) <= hoog && vervolg(2) && vervolg(3) ? 4 : 0;
  }
  return 0;
}

namespace {
char klein(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

std::string detail::lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = klein(c);
  return out;
}

bool detail::equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return klein(x) == klein(y); });
}

bool detail::hex4(std::string_view s, std::size_t i, unsigned& out) {
  if (i + 4 > s.size()) return false;
  out = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    const auto c = static_cast<unsigned char>(s[k]);
    const unsigned d = c - '0', l = (c | 0x20u) - 'a';
    if (d > 9 && l > 5) return false;
    out = out * 16 + (d <= 9 ? d : l + 10);
  }
  return true;
}

std::size_t python_len(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
#if defined(__SSE2__)
    // An ASCII stretch 16 bytes at a time.
    if (i + 16 <= text.size() && _mm_movemask_epi8(_mm_loadu_si128(
                                     reinterpret_cast<const __m128i*>(text.data() + i))) == 0) {
      n += 16;
      i += 16;
      continue;
    }
#endif
    i += decode(text, i).len;
    ++n;
  }
  return n;
}

}  // namespace ki::json
