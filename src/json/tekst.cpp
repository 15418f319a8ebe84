#include "klantinteracties/json/tekst.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// n with at least `breedte` digits, as fmt's {:0N}; returns the end.
char* cijfers(int n, int breedte, char* p) {
  if (breedte == 2 && n >= 0 && n < 100) {  // months, days, hours, minutes, seconds
    *p++ = static_cast<char>('0' + n / 10);
    *p++ = static_cast<char>('0' + n % 10);
    return p;
  }
  const unsigned u = n < 0 ? 0u - static_cast<unsigned>(n) : static_cast<unsigned>(n);
  char buf[16];
  auto [eind, ec] = std::to_chars(buf, buf + sizeof buf, u);
  (void)ec;
  const auto lengte = static_cast<int>(eind - buf);
  if (n < 0) *p++ = '-';
  for (int i = lengte + (n < 0 ? 1 : 0); i < breedte; ++i) *p++ = '0';
  return std::copy(buf, eind, p);
}

// YYYY-MM-DD, as format_date writes it; returns the end.
char* datum(const Date& d, char* p) {
  p = cijfers(d.jaar, 4, p);
  *p++ = '-';
  p = cijfers(d.maand, 2, p);
  *p++ = '-';
  return cijfers(d.dag, 2, p);
}

// Eight bytes at a time: whether any is a control character, '"' or '\\'.
bool heeft_escape(std::uint64_t x) {
  constexpr std::uint64_t een = 0x0101010101010101u, hoog = 0x8080808080808080u;
  const auto nul_in = [&](std::uint64_t v) { return (v - een) & ~v & hoog; };
  const std::uint64_t onder_spatie = (x - 0x20 * een) & ~x & hoog;
  return (onder_spatie | nul_in(x ^ ('"' * een)) | nul_in(x ^ ('\\' * een))) != 0;
}

// Which bytes serialize escapes, as a table of escape_van for the byte loop.
constexpr auto escape = [] {
  std::array<bool, 256> e{};
  for (int c = 0; c < 256; ++c) e[c] = escape_van(static_cast<unsigned char>(c)) != 0;
  return e;
}();

// The offset of the first byte from i on that serialize escapes, or the
// size: long runs without one are skipped 16 bytes at a time (SSE2, which
// every x86-64 has), then 8, then byte by byte.
std::size_t volgende_escape(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
  const __m128i aanhalingsteken = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i grens = _mm_set1_epi8(0x1F);
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i controle = _mm_cmpeq_epi8(_mm_max_epu8(x, grens), grens);  // x <= 0x1F
    const __m128i e = _mm_or_si128(
        controle, _mm_or_si128(_mm_cmpeq_epi8(x, aanhalingsteken), _mm_cmpeq_epi8(x, backslash)));
    if (const int m = _mm_movemask_epi8(e); m != 0)
      return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
#endif
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    if (heeft_escape(x)) break;
  }
  while (i < s.size() && !escape[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

}  // namespace

void schrijf_tekst(std::string_view s, Uitvoer& out) {
  out += '"';
  std::size_t begin = 0;
  for (std::size_t i = volgende_escape(s, 0); i < s.size(); i = volgende_escape(s, begin)) {
    const auto c = static_cast<unsigned char>(s[i]);
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

void schrijf_uuid(const Uuid& u, Uitvoer& out) {
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

void schrijf_datum(const Date& d, Uitvoer& out) {
  char buf[48];  // room for any int in each part
  char* p = buf;
  *p++ = '"';
  p = datum(d, p);
  *p++ = '"';
  out.append(buf, p);
}

void schrijf_datum_tijd(const DateTime& t, Uitvoer& out) {
  // The same text as format_date_time (model.md §1.6), written into one buffer.
  char buf[128];  // room for any int in each part
  char* p = buf;
  *p++ = '"';
  p = datum(t.datum, p);
  *p++ = 'T';
  p = cijfers(t.uur, 2, p);
  *p++ = ':';
  p = cijfers(t.minuut, 2, p);
  *p++ = ':';
  p = cijfers(t.seconde, 2, p);
  const int digits =
      t.fractie_cijfers >= 0 ? std::min(t.fractie_cijfers, 6) : (t.microseconde != 0 ? 6 : 0);
  if (digits > 0) {
    char micro[16];
    cijfers(t.microseconde, 6, micro);
    *p++ = '.';
    p = std::copy(micro, micro + digits, p);
  }
  if (t.zone != DateTime::Zone::offset) {
    *p++ = 'Z';
  } else {
    const int m = std::abs(t.offset_minuten);
    *p++ = t.offset_minuten < 0 ? '-' : '+';
    p = cijfers(m / 60, 2, p);
    *p++ = ':';
    p = cijfers(m % 60, 2, p);
  }
  *p++ = '"';
  out.append(buf, p);
}

void schrijf_getal(std::int64_t n, Uitvoer& out) {
  char buf[24];
  auto [eind, ec] = std::to_chars(buf, buf + sizeof buf, n);
  (void)ec;
  out.append(buf, eind);
}

void schrijf_metadata(const Metadata& m, Uitvoer& out) {
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
