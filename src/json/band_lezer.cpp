// The reader for the JSON that request bodies are made of: objects, arrays,
// strings (escapes and UTF-8 included), integers, true, false, null. It reads
// straight into a Band, 16 bytes of a string at a time, and has no state to
// resume (Boost.JSON's basic_parser can stop anywhere and go on with the
// next part of a text, and pays for that at every step).
//
// It never decides on its own that a text is not JSON: whatever it does not
// take as it is (an error, a double, "-0", a lone surrogate escape, nesting
// near the limit) makes it give up, and lees() gives the text to the
// tokenizer. So when it reads a text, the Band is the one the tokenizer
// would have made; the tests compare the two on random texts.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "band_bouwer.hpp"
#include "klantinteracties/json/band.hpp"

namespace ki::json::detail {
namespace {

// Deeper nesting goes to the tokenizer (the reader recurses once a level).
constexpr std::size_t eigen_diepte = 128;

// Bytes in a UTF-8 sequence that starts at p, 0 if it is not one (overlong
// forms, surrogates and code points above U+10FFFF are not: RFC 3629).
std::size_t utf8_reeks(const unsigned char* p, const unsigned char* eind) {
  const unsigned b0 = p[0];
  const auto vervolg = [](unsigned b) { return (b & 0xC0u) == 0x80u; };
  const auto ruimte = static_cast<std::size_t>(eind - p);
  if (b0 < 0xC2) return 0;  // a continuation byte, or C0/C1 (overlong)
  if (b0 < 0xE0) return ruimte >= 2 && vervolg(p[1]) ? 2 : 0;
  if (b0 < 0xF0) {
    if (ruimte < 3) return 0;
    const unsigned laag = b0 == 0xE0 ? 0xA0 : 0x80, hoog = b0 == 0xED ? 0x9F : 0xBF;
    return p[1] >= laag && p[1] <= hoog && vervolg(p[2]) ? 3 : 0;
  }
  if (b0 < 0xF5) {
    if (ruimte < 4) return 0;
    const unsigned laag = b0 == 0xF0 ? 0x90 : 0x80, hoog = b0 == 0xF4 ? 0x8F : 0xBF;
    return p[1] >= laag && p[1] <= hoog && vervolg(p[2]) && vervolg(p[3]) ? 4 : 0;
  }
  return 0;
}

int hex_waarde(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

class Lezer {
public:
  Lezer(std::string_view text, BandBouwer& bouwer, std::size_t max_diepte)
      : p_(reinterpret_cast<const unsigned char*>(text.data())),
        eind_(p_ + text.size()),
        bouwer_(bouwer),
        max_diepte_(max_diepte < eigen_diepte ? max_diepte : eigen_diepte) {}

  bool document() {
    spatie();
    if (!waarde(0)) return false;
    spatie();
    return p_ == eind_;
  }

private:
  bool is(unsigned char c) const { return p_ < eind_ && *p_ == c; }

  void spatie() {
    while (p_ < eind_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  bool waarde(std::size_t diepte) {
    if (p_ == eind_) return false;
    switch (*p_) {
      case '{':
        return object(diepte + 1);
      case '[':
        return array(diepte + 1);
      case '"':
        return tekst();
      case 't':
        return woord("true") && (bouwer_.boolean(true), true);
      case 'f':
        return woord("false") && (bouwer_.boolean(false), true);
      case 'n':
        return woord("null") && (bouwer_.nieuw(boost::json::kind::null), true);
      default:
        return getal();
    }
  }

  bool woord(std::string_view w) {
    if (static_cast<std::size_t>(eind_ - p_) < w.size() || std::memcmp(p_, w.data(), w.size()) != 0)
      return false;
    p_ += w.size();
    return true;
  }

  // Below the limit only: at the limit the tokenizer gives the verdict.
  bool object(std::size_t diepte) {
    if (diepte >= max_diepte_) return false;
    const std::size_t index = bouwer_.open(boost::json::kind::object);
    ++p_;
    spatie();
    std::size_t leden = 0;
    if (!is('}')) {
      for (;; ++p_, spatie()) {
        if (!is('"') || !tekst()) return false;
        spatie();
        if (!is(':')) return false;
        ++p_;
        spatie();
        if (!waarde(diepte)) return false;
        ++leden;
        spatie();
        if (!is(',')) break;
      }
      if (!is('}')) return false;
    }
    ++p_;
    bouwer_.sluit(index, leden);
    return true;
  }

  bool array(std::size_t diepte) {
    if (diepte >= max_diepte_) return false;
    const std::size_t index = bouwer_.open(boost::json::kind::array);
    ++p_;
    spatie();
    std::size_t elementen = 0;
    if (!is(']')) {
      for (;; ++p_, spatie()) {
        if (!waarde(diepte)) return false;
        ++elementen;
        spatie();
        if (!is(',')) break;
      }
      if (!is(']')) return false;
    }
    ++p_;
    bouwer_.sluit(index, elementen);
    return true;
  }

  // An integer of at most 18 digits (an int64, as the tokenizer reads it);
  // larger ones, fractions, exponents and "-0" go to the tokenizer.
  bool getal() {
    const bool negatief = is('-');
    if (negatief) ++p_;
    const unsigned char* begin = p_;
    std::uint64_t v = 0;
    while (p_ < eind_ && *p_ >= '0' && *p_ <= '9') v = v * 10 + (*p_++ - '0');
    const auto cijfers = static_cast<std::size_t>(p_ - begin);
    if (cijfers == 0 || cijfers > 18 || (*begin == '0' && cijfers > 1)) return false;
    if (is('.') || is('e') || is('E') || (negatief && v == 0)) return false;
    bouwer_.int64(negatief ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v));
    return true;
  }

  // A string (value or key) from its opening quote. Without escapes it stays
  // in the text.
  bool tekst() {
    const unsigned char* begin = ++p_;
    for (;;) {
      p_ = gewone_bytes(p_);
      if (p_ == eind_) return false;
      if (*p_ == '"') break;
      if (*p_ == '\\') return tekst_met_escapes(begin);
      const std::size_t n = utf8_reeks(p_, eind_);  // a control character gives 0
      if (n == 0) return false;
      p_ += n;
    }
    bouwer_.tekst(boost::json::kind::string, reinterpret_cast<const char*>(begin),
                  static_cast<std::size_t>(p_ - begin));
    ++p_;
    return true;
  }

  // The first byte from p on that is a quote, a backslash, a control
  // character or not ASCII; eind_ if there is none.
  const unsigned char* gewone_bytes(const unsigned char* p) const {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i spatie = _mm_set1_epi8(0x20);
    for (; eind_ - p >= 16; p += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      // Signed: bytes of 0x80 and above are below 0x20 too.
      const __m128i bijzonder =
          _mm_or_si128(_mm_cmplt_epi8(x, spatie),
                       _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)));
      if (const int m = _mm_movemask_epi8(bijzonder))
        return p + __builtin_ctz(static_cast<unsigned>(m));
    }
#endif
    while (p < eind_ && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') ++p;
    return p;
  }

  // The rest of a string that has an escape, decoded into the Band.
  bool tekst_met_escapes(const unsigned char* begin) {
    std::string& uit = buffer_;
    uit.assign(reinterpret_cast<const char*>(begin), static_cast<std::size_t>(p_ - begin));
    for (;;) {
      const unsigned char* gewoon = gewone_bytes(p_);
      uit.append(reinterpret_cast<const char*>(p_), static_cast<std::size_t>(gewoon - p_));
      p_ = gewoon;
      if (p_ == eind_) return false;
      if (*p_ == '"') break;
      if (*p_ == '\\') {
        if (!escape(uit)) return false;
        continue;
      }
      const std::size_t n = utf8_reeks(p_, eind_);
      if (n == 0) return false;
      uit.append(reinterpret_cast<const char*>(p_), n);
      p_ += n;
    }
    ++p_;
    bouwer_.tekst(boost::json::kind::string, bouwer_.bewaar(uit), uit.size());
    return true;
  }

  // One escape from its backslash. A surrogate must come as a pair; a lone
  // one goes to the tokenizer (and from there to json::parse).
  bool escape(std::string& uit) {
    if (eind_ - p_ < 2) return false;
    const unsigned char c = p_[1];
    p_ += 2;
    switch (c) {
      case '"':
        uit += '"';
        return true;
      case '\\':
        uit += '\\';
        return true;
      case '/':
        uit += '/';
        return true;
      case 'b':
        uit += '\b';
        return true;
      case 'f':
        uit += '\f';
        return true;
      case 'n':
        uit += '\n';
        return true;
      case 'r':
        uit += '\r';
        return true;
      case 't':
        uit += '\t';
        return true;
      case 'u':
        break;
      default:
        return false;
    }
    const long hoog = vier_hex();
    if (hoog < 0 || (hoog >= 0xDC00 && hoog <= 0xDFFF)) return false;
    if (hoog < 0xD800 || hoog > 0xDBFF) {
      append_utf8(uit, static_cast<char32_t>(hoog));
      return true;
    }
    if (eind_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
    p_ += 2;
    const long laag = vier_hex();
    if (laag < 0xDC00 || laag > 0xDFFF) return false;
    append_utf8(uit, static_cast<char32_t>(0x10000 + ((hoog - 0xD800) << 10) + (laag - 0xDC00)));
    return true;
  }

  // The four hex digits of a \u escape, -1 if they are not.
  long vier_hex() {
    if (eind_ - p_ < 4) return -1;
    long v = 0;
    for (int i = 0; i < 4; ++i) {
      const int h = hex_waarde(p_[i]);
      if (h < 0) return -1;
      v = v << 4 | h;
    }
    p_ += 4;
    return v;
  }

  const unsigned char* p_;
  const unsigned char* eind_;
  BandBouwer& bouwer_;
  std::size_t max_diepte_;
  std::string buffer_;  // a string with escapes, while it is decoded
};

}  // namespace

bool lees_gewoon(std::string_view text, Band& band, std::size_t max_diepte) {
  BandBouwer bouwer{band};
  bouwer.leeg();
  return Lezer(text, bouwer, max_diepte).document();
}

}  // namespace ki::json::detail
