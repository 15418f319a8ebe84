#include "klantinteracties/json/tekst.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>

namespace ki::json::detail {

namespace {

constexpr char hex[] = "0123456789abcdef";

// What boost::json::serialize writes for a byte: 0 as is, 'u' as \u00XX,
// anything else as a backslash and that letter.
constexpr char escape_van(unsigned char c) {
  switch (c) {
    case '\b': return 'b';
    case '\t': return 't';
    case '\n': return 'n';
    case '\f': return 'f';
    case '\r': return 'r';
    case '"': return '"';
    case '\\': return '\\';
    default: return c < 0x20 ? 'u' : 0;
  }
}

void cijfers(int n, int breedte, std::string& out) {
  char buf[16];
  auto [eind, ec] = std::to_chars(buf, buf + sizeof buf, n < 0 ? -n : n);
  (void)ec;
  const auto lengte = static_cast<int>(eind - buf);
  if (n < 0) out += '-';
  for (int i = lengte + (n < 0 ? 1 : 0); i < breedte; ++i) out += '0';  // as fmt's {:0N}
  out.append(buf, eind);
}

// YYYY-MM-DD, as format_date writes it.
void datum(const Date& d, std::string& out) {
  cijfers(d.jaar, 4, out);
  out += '-';
  cijfers(d.maand, 2, out);
  out += '-';
  cijfers(d.dag, 2, out);
}

}  // namespace

void schrijf_tekst(std::string_view s, std::string& out) {
  // Which bytes serialize escapes: the control characters, '"' and '\\'.
  static constexpr auto escape = [] {
    std::array<bool, 256> e{};
    for (int c = 0; c < 0x20; ++c) e[c] = true;
    e['"'] = e['\\'] = true;
    return e;
  }();
  out += '"';
  std::size_t begin = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!escape[c]) continue;
    out.append(s.data() + begin, i - begin);
    begin = i + 1;
    const char e = escape_van(c);
    out += '\\';
    out += e;
    if (e == 'u') {
      out += "00";
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  out.append(s.data() + begin, s.size() - begin);
  out += '"';
}

void schrijf_uuid(const Uuid& u, std::string& out) {
  char buf[38];
  char* p = buf;
  *p++ = '"';
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) *p++ = '-';
    *p++ = hex[u.data[i] >> 4];
    *p++ = hex[u.data[i] & 0xF];
  }
  *p++ = '"';
  out.append(buf, p);
}

void schrijf_datum(const Date& d, std::string& out) {
  out += '"';
  datum(d, out);
  out += '"';
}

void schrijf_datum_tijd(const DateTime& t, std::string& out) {
  // The same text as format_date_time (model.md §1.6).
  out += '"';
  datum(t.datum, out);
  out += 'T';
  cijfers(t.uur, 2, out);
  out += ':';
  cijfers(t.minuut, 2, out);
  out += ':';
  cijfers(t.seconde, 2, out);
  const int digits =
      t.fractie_cijfers >= 0 ? std::min(t.fractie_cijfers, 6) : (t.microseconde != 0 ? 6 : 0);
  if (digits > 0) {
    std::string micro;
    cijfers(t.microseconde, 6, micro);
    out += '.';
    out.append(micro, 0, static_cast<std::size_t>(digits));
  }
  if (t.zone != DateTime::Zone::offset) {
    out += "Z\"";
    return;
  }
  const int m = std::abs(t.offset_minuten);
  out += t.offset_minuten < 0 ? '-' : '+';
  cijfers(m / 60, 2, out);
  out += ':';
  cijfers(m % 60, 2, out);
  out += '"';
}

void schrijf_getal(std::int64_t n, std::string& out) {
  char buf[24];
  auto [eind, ec] = std::to_chars(buf, buf + sizeof buf, n);
  (void)ec;
  out.append(buf, eind);
}

void schrijf_metadata(const Metadata& m, std::string& out) {
  // As the DOM's `obj[k] = v`: a repeated key keeps its first place and
  // takes its last value.
  out += '{';
  bool eerste = true;
  for (std::size_t i = 0; i < m.size(); ++i) {
    const auto& key = m[i].first;
    if (std::any_of(m.begin(), m.begin() + static_cast<std::ptrdiff_t>(i),
                    [&](const auto& kv) { return kv.first == key; }))
      continue;
    std::size_t laatste = i;
    for (std::size_t j = i + 1; j < m.size(); ++j)
      if (m[j].first == key) laatste = j;
    if (!eerste) out += ',';
    eerste = false;
    schrijf_tekst(key, out);
    out += ':';
    schrijf_tekst(m[laatste].second, out);
  }
  out += '}';
}

}  // namespace ki::json::detail
