// Hand-written matchers for the single-value format rules of validation.md
// (§1 KI-GEN-017/018/022, §2 KI-TEL, §3 KI-EML, §4 KI-ADR, §5 KI-RN, §12
// 11-proef). No regex: these run millions of times and allocate nothing.
//
// The Django validators (URL, e-mail) are Python regexes over code points
// with re.IGNORECASE; the comments quote the pattern each function matches.
// Under IGNORECASE an ASCII letter class also matches four non-ASCII letters
// (U+0130 İ, U+0131 ı, U+017F ſ, U+212A K); Open Klant accepts them, so we do.

#include "klantinteracties/rules/primitives.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

namespace ki::rules {
namespace {

using sv = std::string_view;
constexpr std::size_t npos = sv::npos;

constexpr bool digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool alnum(char32_t c) { return digit(c) || alpha(c); }
constexpr bool hexdigit(char32_t c) {
  return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr char32_t lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

// Letters that an ASCII letter class matches under Python's re.IGNORECASE.
constexpr bool folds_to_ascii(char32_t c) {
  return c == 0x130 || c == 0x131 || c == 0x17F || c == 0x212A;
}

bool all_digits(sv v) {
  return std::all_of(v.begin(), v.end(), [](char c) { return digit(c); });
}

// First index ≥ i where p(s[i]), else s.size() (string_view::find_first_of
// calls memchr for every character).
template <class P>
std::size_t find_if(sv s, std::size_t i, P p) {
  while (i < s.size() && !p(s[i])) ++i;
  return i;
}
constexpr bool path_start(char c) { return c == '/' || c == '?' || c == '#'; }
constexpr bool host_end(char c) { return c == ':' || path_start(c); }
constexpr bool unsafe(char c) { return c == '\t' || c == '\r' || c == '\n'; }

bool iequals(sv v, sv lower_ascii) {
  return v.size() == lower_ascii.size() &&
         std::equal(v.begin(), v.end(), lower_ascii.begin(),
                    [](char a, char b) { return lower(a) == static_cast<char32_t>(b); });
}

// --- UTF-8 (Python sees code points) ---------------------------------------

// Decodes the code point at s[i]; returns its length in bytes, 0 if malformed.
std::size_t decode(sv s, std::size_t i, char32_t& cp) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned lead = byte(i);
  if (lead < 0x80) return cp = lead, 1;
  const std::size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (n == 0 || lead > 0xF4 || i + n > s.size()) return 0;
  char32_t v = lead & (0x7Fu >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    v = v << 6 | (byte(i + k) & 0x3F);
  }
  constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};  // no overlong forms
  if (v < smallest[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  return cp = v, n;
}

// Calls f(code point) for each character; false if malformed or f says stop.
template <class F>
bool each_char(sv s, F f) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = static_cast<unsigned char>(s[i]);
    std::size_t k = 1;
    if (c >= 0x80 && (k = decode(s, i, c)) == 0) return false;
    if (!f(c)) return false;
    i += k;
  }
  return true;
}

// Python len(): the number of code points, npos if not valid UTF-8.
std::size_t length(sv s) {
  std::size_t n = 0;
  while (n < s.size() && static_cast<unsigned char>(s[n]) < 0x80) ++n;  // ASCII prefix
  if (n == s.size()) return n;
  return each_char(s.substr(n), [&](char32_t) { return ++n, true; }) ? n : npos;
}

// Python str.isspace() / re's \s.
constexpr bool py_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

bool has_no_space(sv s) {
  return each_char(s, [](char32_t c) { return !py_space(c); });
}

// --- IP addresses, as Python's ipaddress module parses them -----------------

// IPv4Address: four decimal octets 0–255, 1–3 digits, no leading zeros.
bool ipv4(sv s) {
  std::size_t octets = 0;
  for (std::size_t i = 0;; ++octets) {
    const std::size_t j = std::min(s.find('.', i), s.size());
    const sv o = s.substr(i, j - i);
    if (o.empty() || o.size() > 3 || !all_digits(o) || (o.size() > 1 && o[0] == '0')) return false;
    if (o.size() == 3 && o > "255") return false;
    if (j == s.size()) return octets == 3;
    i = j + 1;
  }
}

// IPv6Address: eight hextets, one "::" for a run of ≥1 zero hextets, an
// optional IPv4 tail for the last two, an optional %scope.
bool ipv6(sv s) {
  if (s.find('/') != npos) return false;
  if (const std::size_t pct = s.find('%'); pct != npos) {
    const sv scope = s.substr(pct + 1);
    if (scope.empty() || scope.find('%') != npos) return false;
    s = s.substr(0, pct);
  }
  if (s.empty()) return false;
  std::array<sv, 10> part;
  std::size_t n = 0;
  for (std::size_t i = 0;;) {
    if (n == 9) return false;  // more than 8 colons
    const std::size_t j = std::min(s.find(':', i), s.size());
    part[n++] = s.substr(i, j - i);
    if (j == s.size()) break;
    i = j + 1;
  }
  if (n < 3) return false;
  if (part[n - 1].find('.') != npos) {  // IPv4 tail: two hextets
    if (!ipv4(part[n - 1])) return false;
    part[n - 1] = "0";
    part[n++] = "0";
  }
  if (n > 9) return false;
  std::size_t skip = 0;  // index of the empty part that "::" leaves
  for (std::size_t i = 1; i + 1 < n; ++i)
    if (part[i].empty()) {
      if (skip) return false;
      skip = i;
    }
  std::size_t hi = n, lo = 0;  // hextets written before / after "::"
  if (skip) {
    hi = skip, lo = n - skip - 1;
    if (part[0].empty() && --hi != 0) return false;
    if (part[n - 1].empty() && --lo != 0) return false;
    if (hi + lo > 7) return false;
  } else if (n != 8) {
    return false;
  }
  const auto hextet = [](sv h) {
    return !h.empty() && h.size() <= 4 && std::all_of(h.begin(), h.end(), hexdigit);
  };
  return std::all_of(part.begin(), part.begin() + hi, hextet) &&
         std::all_of(part.begin() + (n - lo), part.begin() + n, hextet);
}

// django.utils.ipv6.is_valid_ipv6_address: at most 39 characters.
bool django_ipv6(sv s) { return s.size() <= 39 && ipv6(s); }

// --- Domain names (Django's DomainNameValidator pieces) ---------------------

// ul: Django's "Unicode letters range".
constexpr bool ul(char32_t c) { return c >= 0xA1 && c <= 0xFFFF; }

// domain_re label: (?!-)[a-z0-9ul-]{1,63}(?<!-)
bool label(sv l) {
  if (l.empty() || l.front() == '-' || l.back() == '-') return false;
  std::size_t n = 0;
  return each_char(
      l, [&](char32_t c) { return ++n <= 63 && (c < 0x80 ? alnum(c) || c == '-' : ul(c)); });
}

// tld: (?!-)(?:[a-zul-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)
bool tld(sv l) {
  if (l.empty() || l.front() == '-' || l.back() == '-') return false;
  std::size_t n = 0;
  if (each_char(l,
                [&](char32_t c) { return ++n <= 63 && (c < 0x80 ? alpha(c) || c == '-' : ul(c)); }))
    return n >= 2;
  if (l.size() < 5 || !iequals(l.substr(0, 4), "xn--")) return false;
  n = 0;
  return each_char(l.substr(4),
                   [&](char32_t c) { return ++n <= 59 && (alnum(c) || folds_to_ascii(c)); });
}

// hostname_re + domain_re + tld: at least two labels; `fqdn` allows one
// trailing dot (URLs), e-mail domains have none.
bool domain(sv host, bool fqdn) {
  if (fqdn && !host.empty() && host.back() == '.') host.remove_suffix(1);
  const std::size_t last = host.rfind('.');
  if (last == npos || !tld(host.substr(last + 1))) return false;
  for (std::size_t i = 0;;) {
    const std::size_t j = host.find('.', i);
    if (!label(host.substr(i, j - i))) return false;
    if (j == last) return true;
    i = j + 1;
  }
}

// --- URL (KI-GEN-017: Django 5.2 URLValidator) ------------------------------

// "localhost" under IGNORECASE (the 's' also matches U+017F ſ).
bool localhost(sv h) {
  constexpr sv want = "localhost";
  std::size_t k = 0;
  return each_char(h,
                   [&](char32_t c) {
                     return k < want.size() &&
                            (lower(c) == static_cast<char32_t>(want[k]) ||
                             (want[k] == 's' && c == 0x17F)) &&
                            ++k;
                   }) &&
         k == want.size();
}

// (?::[0-9]{1,5})?(?:[/?#][^\s]*)?\Z from s[i].
bool port_and_path(sv s, std::size_t i) {
  if (i < s.size() && s[i] == ':') {
    std::size_t j = i + 1;
    while (j < s.size() && digit(s[j])) ++j;
    if (j == i + 1 || j - i - 1 > 5) return false;
    i = j;
  }
  if (i == s.size()) return true;
  return path_start(s[i]) && has_no_space(s.substr(i + 1));
}

// (?:ipv4|\[[0-9a-f:.]+\]|domain|localhost) then port and path, from s[i].
bool host_port_path(sv s, std::size_t i) {
  if (i < s.size() && s[i] == '[') {  // the address itself is checked afterwards
    std::size_t j = i + 1;
    while (j < s.size() && (hexdigit(s[j]) || s[j] == ':' || s[j] == '.')) ++j;
    return j > i + 1 && j < s.size() && s[j] == ']' && port_and_path(s, j + 1);
  }
  const std::size_t end = find_if(s, i, host_end);
  const sv host = s.substr(i, end - i);
  return (ipv4(host) || localhost(host) || domain(host, true)) && port_and_path(s, end);
}

// End of a run of [^\s:@/] from s[i] (user name or password).
std::size_t userinfo_end(sv s, std::size_t i) {
  each_char(s.substr(i), [&](char32_t c) {
    if (py_space(c) || c == ':' || c == '@' || c == '/') return false;
    i += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    return true;
  });
  return i;
}

// What Python's urlsplit() refuses in the netloc (a ValueError there makes
// the URL invalid): unbalanced brackets, a bracketed host that is not IPv6 or
// IPvFuture (v<hex>.<text>), a character whose NFKC form holds / ? # @ :.
bool urlsplit_accepts(sv netloc) {
  const std::size_t open = netloc.find('['), close = netloc.find(']');
  if ((open == npos) != (close == npos)) return false;
  if (open != npos) {
    sv h = netloc.substr(open + 1);
    h = h.substr(0, h.find(']'));
    if (!h.empty() && h[0] == 'v') {
      const std::size_t dot = std::min(h.find_first_not_of("0123456789abcdefABCDEF", 1), h.size());
      if (dot == 1 || dot + 1 >= h.size() || h[dot] != '.') return false;
    } else if (!ipv6(h)) {
      return false;
    }
  }
  constexpr char32_t nfkc_delims[] = {0x2047, 0x2048, 0x2049, 0x2100, 0x2101, 0x2105, 0x2106,
                                      0x2A74, 0xFE13, 0xFE16, 0xFE55, 0xFE56, 0xFE5F, 0xFE6B,
                                      0xFF03, 0xFF0F, 0xFF1A, 0xFF1F, 0xFF20};
  return each_char(netloc, [&](char32_t c) {
    return c < 0x2047 ||
           std::find(std::begin(nfkc_delims), std::end(nfkc_delims), c) == std::end(nfkc_delims);
  });
}

// Django's second look at a netloc ^\[(.+)\](?::[0-9]{1,5})?$: an IPv6 address.
bool bracketed_host_ok(sv netloc) {
  const std::size_t close = netloc.rfind(']');
  if (netloc.empty() || netloc[0] != '[' || close == npos || close < 2) return true;
  const sv port = netloc.substr(close + 1);
  if (!port.empty() &&
      (port[0] != ':' || port.size() < 2 || port.size() > 6 || !all_digits(port.substr(1))))
    return true;
  return django_ipv6(netloc.substr(1, close - 1));
}

// SplitResult.hostname exists and len(hostname) ≤ 253 (lower() turns İ into two).
bool hostname_ok(sv netloc) {
  sv h = netloc.substr(netloc.rfind('@') + 1);
  if (const std::size_t open = h.find('['); open != npos) {
    h = h.substr(open + 1);
    h = h.substr(0, h.find(']'));
  } else {
    h = h.substr(0, h.find(':'));
  }
  if (h.empty()) return false;
  const std::size_t zone = h.find('%');
  std::size_t n = length(h);
  each_char(h.substr(0, zone), [&](char32_t c) { return n += c == 0x130, true; });
  return n <= 253;
}

// --- E-mail (KI-EML-003: Django 5.2 EmailValidator) -------------------------

// Dot-atom: [-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*
bool dot_atom(sv l) {
  constexpr sv specials = "-!#$%&'*+/=?^_`{}|~";
  bool need = true;  // at the start or after a dot an atom character must follow
  return each_char(l,
                   [&](char32_t c) {
                     if (c == '.') return !need && (need = true);
                     need = false;
                     return alnum(c) || folds_to_ascii(c) ||
                            (c < 0x80 && specials.find(char(c)) != npos);
                   }) &&
         !need;
}

// Quoted string: "([\001-\010\013\014\016-\037!#-\[\]-\177]|\\[\001-\011\013\014\016-\177])*"
bool quoted(sv l) {
  const auto qtext = [](char32_t c) {
    return (c >= 0x01 && c <= 0x08) || c == 0x0B || c == 0x0C || (c >= 0x0E && c <= 0x1F) ||
           c == '!' || (c >= '#' && c <= '[') || (c >= ']' && c <= 0x7F) || folds_to_ascii(c);
  };
  const auto escaped = [](char32_t c) {
    return (c >= 0x01 && c <= 0x09) || c == 0x0B || c == 0x0C || (c >= 0x0E && c <= 0x7F) ||
           folds_to_ascii(c);
  };
  if (l.size() < 2 || l.front() != '"' || l.back() != '"') return false;
  bool escape = false;
  return each_char(l.substr(1, l.size() - 2),
                   [&](char32_t c) {
                     if (escape) return escaped(c) && !(escape = false);
                     if (c == '\\') return escape = true;
                     return qtext(c);
                   }) &&
         !escape;
}

}  // namespace

// KI-TEL-001: a plain prefix test, true when the number is forbidden.
bool telefoonnummer_verboden_prefix(std::string_view v) {
  for (const sv p : {"0800", "0900", "1400", "140"})
    if (v.starts_with(p)) return true;
  return false;
}

// KI-TEL-002: ^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$
bool telefoonnummer_vorm(std::string_view v) {
  if (v.size() == 10 && v[0] == '0' && v[1] != '0' && all_digits(v)) return true;
  if (v.starts_with('+')) return v.size() >= 10 && v.size() <= 16 && all_digits(v.substr(1));
  return v.starts_with("00") && v.size() >= 9 && v.size() <= 15 && all_digits(v);
}

// KI-EML-003, steps 1–5.
bool emailadres(std::string_view v) {
  const std::size_t at = v.rfind('@');
  if (at == npos) return false;
  // Malformed UTF-8 fails the checks below (each byte is read as a character
  // of the local part or the domain), so only a long address needs counting.
  if (v.size() > 320 && length(v) > 320) return false;
  const sv local = v.substr(0, at), dom = v.substr(at + 1);
  if (!dot_atom(local) && !quoted(local)) return false;
  if (dom == "localhost" || domain(dom, false)) return true;
  // Address literal \[([A-F0-9:.]+)\]: an IPv4 or (≤ 39 characters) IPv6 address.
  if (dom.size() < 3 || dom.front() != '[' || dom.back() != ']') return false;
  const sv ip = dom.substr(1, dom.size() - 2);
  return std::all_of(ip.begin(), ip.end(),
                     [](char c) { return hexdigit(c) || c == ':' || c == '.'; }) &&
         (ipv4(ip) || django_ipv6(ip));
}

// KI-GEN-017.
bool url(std::string_view v) {
  if (length(v) > 2048) return false;  // malformed UTF-8 (npos) too
  if (find_if(v, 0, unsafe) != v.size()) return false;
  const std::size_t sep = v.find("://");
  if (sep == npos) return false;
  const sv scheme = v.substr(0, sep);
  if (!iequals(scheme, "http") && !iequals(scheme, "https") && !iequals(scheme, "ftp") &&
      !iequals(scheme, "ftps"))
    return false;
  const std::size_t start = sep + 3;
  const sv netloc = v.substr(start, find_if(v, start, path_start) - start);
  if (!urlsplit_accepts(netloc)) return false;
  // The regex, with its backtracking: with (?:[^\s:@/]+(?::[^\s:@/]*)?@)? or without.
  bool match = false;
  if (v.find('@', start) != npos) {
    std::size_t u = userinfo_end(v, start);
    if (u > start && u < v.size() && v[u] == ':') u = userinfo_end(v, u + 1);
    match = u > start && u < v.size() && v[u] == '@' && host_port_path(v, u + 1);
  }
  match = match || host_port_path(v, start);
  return match && bracketed_host_ok(netloc) && hostname_ok(netloc);
}

// KI-GEN-018: ^[-a-zA-Z0-9_]+$
bool slug(std::string_view v) {
  static constexpr auto teken = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 128; ++c)
      t[static_cast<std::size_t>(c)] = alnum(static_cast<char32_t>(c)) || c == '-' || c == '_';
    return t;
  }();
  // Every byte, without an early exit: a loop the compiler keeps tight.
  bool ok = !v.empty();
  for (const char c : v) ok &= teken[static_cast<unsigned char>(c)];
  return ok;
}

// KI-GEN-022: ^-?\d+$ with \d = Unicode category Nd (Unicode 15.0, Python
// 3.12). Every Nd block is ten consecutive code points; these are the zeros.
bool integer_tekst(std::string_view v) {
  static constexpr char32_t zero[] = {
      0x0030,  0x0660,  0x06F0,  0x07C0,  0x0966,  0x09E6,  0x0A66,  0x0AE6,  0x0B66,  0x0BE6,
      0x0C66,  0x0CE6,  0x0D66,  0x0DE6,  0x0E50,  0x0ED0,  0x0F20,  0x1040,  0x1090,  0x17E0,
      0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,
      0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066,
      0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0,
      0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8,
      0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0};
  if (v.starts_with('-')) v.remove_prefix(1);
  return !v.empty() && each_char(v, [](char32_t c) {
    if (c < 0x80) return digit(c);
    const auto* z = std::upper_bound(std::begin(zero), std::end(zero), c);
    return z != std::begin(zero) && c - z[-1] < 10;
  });
}

// KI-ADR-001: ^[1-9][0-9]{3} [A-Z]{2}$
bool postcode(std::string_view v) {
  return v.size() == 7 && v[0] != '0' && all_digits(v.substr(0, 4)) && v[4] == ' ' && v[5] >= 'A' &&
         v[5] <= 'Z' && v[6] >= 'A' && v[6] <= 'Z';
}

// KI-ADR-002.
bool nummeraanduiding_id(std::string_view v) { return v.size() == 16 && all_digits(v); }

// KI-RN-001: ^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}$
bool iban_vorm(std::string_view v) {
  return v.size() >= 5 && v.size() <= 34 && alpha(v[0]) && alpha(v[1]) && digit(v[2]) &&
         digit(v[3]) && std::all_of(v.begin() + 4, v.end(), [](char c) { return alnum(c); });
}

// ISO 13616: the first four characters moved to the end, letters A=10 … Z=35,
// the resulting number mod 97 must be 1.
bool iban_mod97(std::string_view v) {
  if (v.size() < 5) return false;
  unsigned r = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[(i + 4) % v.size()];
    if (digit(c))
      r = (r * 10 + unsigned(c - '0')) % 97;
    else if (alpha(c))
      r = (r * 100 + unsigned(lower(c) - 'a' + 10)) % 97;
    else
      return false;
  }
  return r == 1;
}

// KI-RN-004: ^[\S]+$
bool zonder_spaties(std::string_view v) { return !v.empty() && has_no_space(v); }

// KI-PI-006/007: 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11).
bool elfproef(std::string_view v) {
  if (v.size() != 9 || !all_digits(v)) return false;
  int s = -(v[8] - '0');
  for (int i = 0; i < 8; ++i) s += (9 - i) * (v[i] - '0');
  return s % 11 == 0;
}

bool alleen_cijfers(std::string_view v) { return !v.empty() && all_digits(v); }

}  // namespace ki::rules
