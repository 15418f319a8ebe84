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

class Lezer {
public:
  Lezer(std::string_view text, BandBouwer& bouwer, std::size_t max_diepte)
      : text_(text),
        p_(reinterpret_cast<const unsigned char*>(text.data())),
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
        return container<boost::json::kind::object>(diepte + 1);
      case '[':
        return container<boost::json::kind::array>(diepte + 1);
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

  // An object or an array from its opening bracket; below the nesting
  // limit only (at the limit the tokenizer gives the verdict).
  template <boost::json::kind Soort>
  bool container(std::size_t diepte) {
    if (diepte >= max_diepte_) return false;
    constexpr bool object = Soort == boost::json::kind::object;
    constexpr unsigned char sluit = object ? '}' : ']';
    const std::size_t index = bouwer_.open(Soort);
    ++p_;
    spatie();
    std::size_t grootte = 0;  // members or elements
    if (!is(sluit)) {
      for (;; ++p_, spatie()) {
        if (object && !sleutel()) return false;
        if (!waarde(diepte)) return false;
        ++grootte;
        spatie();
        if (!is(',')) break;
      }
      if (!is(sluit)) return false;
    }
    ++p_;
    bouwer_.sluit(index, grootte);
    return true;
  }

  // A member's key and its colon.
  bool sleutel() {
    if (!is('"') || !tekst()) return false;
    spatie();
    if (!is(':')) return false;
    ++p_;
    spatie();
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

  // A string (value or key) from its opening quote.
  bool tekst() {
    const unsigned char* begin = ++p_;
    return tekst_verder<false>(begin);
  }

  // The rest of the string that starts at `begin`, from p_ on. Without
  // escapes (Decoderen false) it stays in the text; from the first escape on
  // it is decoded into buffer_ (true) and kept in the Band.
  template <bool Decoderen>
  bool tekst_verder(const unsigned char* begin) {
    bool ascii = true;  // as far as read: no escapes are, and control characters are refused
    for (;;) {
      const unsigned char* gewoon = gewone_bytes(p_);
      if constexpr (Decoderen) buffer_.append(teken(p_), static_cast<std::size_t>(gewoon - p_));
      p_ = gewoon;
      if (p_ == eind_) return false;
      if (*p_ == '"') break;
      if (*p_ == '\\') {
        if constexpr (!Decoderen) return tekst_met_escapes(begin);
        if (!escape(buffer_)) return false;
        continue;
      }
      // Not ASCII (a control character is refused).
      const std::size_t n = *p_ < 0x80 ? 0 : utf8_reeks(text_, plek());
      if (n == 0) return false;
      if constexpr (Decoderen) buffer_.append(teken(p_), n);
      p_ += n;
      ascii = false;
    }
    if constexpr (Decoderen)
      bouwer_.tekst(boost::json::kind::string, bouwer_.bewaar(buffer_), buffer_.size());
    else
      bouwer_.tekst(boost::json::kind::string, teken(begin), static_cast<std::size_t>(p_ - begin),
                    ascii);
    ++p_;
    return true;
  }

  // A string at its first escape (p_): decoded from here on, off the path of
  // the strings that have none.
  [[gnu::noinline]] bool tekst_met_escapes(const unsigned char* begin) {
    buffer_.assign(teken(begin), static_cast<std::size_t>(p_ - begin));
    return tekst_verder<true>(begin);
  }

  static const char* teken(const unsigned char* p) { return reinterpret_cast<const char*>(p); }

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

  // One escape from its backslash. A surrogate must come as a pair; a lone
  // one goes to the tokenizer (and from there to json::parse).
  bool escape(std::string& uit) {
    static constexpr std::string_view letter = "\"\\/bfnrt", teken = "\"\\/\b\f\n\r\t";
    if (eind_ - p_ < 2) return false;
    const auto c = static_cast<char>(p_[1]);
    p_ += 2;
    if (const std::size_t k = letter.find(c); k != std::string_view::npos) {
      uit += teken[k];
      return true;
    }
    unsigned hoog = 0, laag = 0;
    if (c != 'u' || !hex(hoog) || (hoog >= 0xDC00 && hoog <= 0xDFFF)) return false;
    if (hoog < 0xD800 || hoog > 0xDBFF) {
      append_utf8(uit, hoog);
      return true;
    }
    if (eind_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
    p_ += 2;
    if (!hex(laag) || laag < 0xDC00 || laag > 0xDFFF) return false;
    append_utf8(uit, 0x10000 + ((hoog - 0xD800) << 10) + (laag - 0xDC00));
    return true;
  }

  // The four hex digits of a \u escape.
  bool hex(unsigned& v) {
    if (!hex4(text_, plek(), v)) return false;
    p_ += 4;
    return true;
  }

  std::size_t plek() const {
    return static_cast<std::size_t>(p_ - reinterpret_cast<const unsigned char*>(text_.data()));
  }

  std::string_view text_;
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
