// The single-value format rules (validation.md §1–§5, §12): every example
// the spec lists, plus the Django/Python corner cases the matchers mirror.

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "klantinteracties/rules/primitives.hpp"

using namespace ki::rules;
using namespace std::string_view_literals;

namespace {

template <class F, class L>
void all_valid(F f, const L& values) {
  for (std::string_view v : values) {
    CAPTURE(v);
    CHECK(f(v));
  }
}

template <class F, class L>
void all_invalid(F f, const L& values) {
  for (std::string_view v : values) {
    CAPTURE(v);
    CHECK_FALSE(f(v));
  }
}

using list = std::initializer_list<std::string_view>;

}  // namespace

TEST_CASE("KI-TEL-001: forbidden prefixes 0800, 0900, 1400, 140") {
  all_invalid(telefoonnummer_verboden_prefix,
              list{"0881234567", "0612345678", "+31612345678", "", "14"});
  all_valid(telefoonnummer_verboden_prefix,
            list{"0800123456", "0900123456", "1400", "14012", "14079", "140"});
}

TEST_CASE("KI-TEL-002: phone number form") {
  all_valid(telefoonnummer_vorm,
            list{"0612345678", "0201234567", "+31612345678", "+441134960000", "+12065550100",
                 "0031612345678", "00311234567", "0881234567", "+123456789", "+123456789012345",
                 "001234567", "001234567890123"});
  all_invalid(
      telefoonnummer_vorm,
      list{"0695azerty", "azerty0545", "@4566544++8", "onetwothreefour", "020 753 0523", "+311234",
           "316123456789", "0340-232221", "", "0012345678901234", "00123456", "+12345678",
           "+1234567890123456", "061234567", "06123456789", "+", "+31 612345678"});
}

TEST_CASE("KI-EML-003: the spec's valid e-mail addresses") {
  all_valid(
      emailadres,
      list{"user+tag@sub.example.co.uk", "d'hondt@example.be", "PIET@GEMEENTE.NL", "x@localhost",
           "user@[10.1.2.3]", "post@provincie.frl", "loket@stad.amsterdam", "info@bäckerei.de",
           "info@xn--bcher-kva.de", "foo@bar.com", "jan.janssen@VNG.nl", "phil@bozeman.com",
           R"("piet\ de"@gemeente.nl)", R"("p..boer"@gemeente.nl)", "user@[2001:db8::7]"});
}

TEST_CASE("KI-EML-003: the spec's invalid e-mail addresses") {
  all_invalid(emailadres, list{"foo@bar",
                               "foo@bar.c",
                               "foo@bar.nl.",
                               "foo@bar.n1",
                               ".foo@bar.com",
                               "foo.@bar.com",
                               "foo..bar@bar.com",
                               "foo bar@bar.com",
                               R"("foo bar"@bar.com)",
                               "jür@gemeente.nl",
                               "foo@-bar.com",
                               "foo@ba_r.nl",
                               "foo@bar..nl",
                               "@bar.com",
                               "foo@[IPv6:2001:db8::7]",
                               "invalid",
                               "phil@",
                               "",
                               R"("piet de boer"@gemeente.nl)",
                               "piet@@gemeente.nl",
                               "info@10.20.30.40",
                               "info@gemeente.nl3",
                               "x@LOCALHOST",
                               "user@[256.0.0.1]"});
}

TEST_CASE("KI-EML-003: Django details") {
  // Step 1: at most 320 characters (code points, not bytes).
  const std::string domain = "@" + std::string(63, 'a') + "." + std::string(63, 'b') + ".nl";
  CHECK(emailadres(std::string(320 - domain.size(), 'x') + domain));
  CHECK_FALSE(emailadres(std::string(321 - domain.size(), 'x') + domain));
  std::string wide = "x@" + std::string(63, 'a') + ".";
  for (int i = 0; i < 63; ++i) wide += "é";  // 2 bytes, 1 character each
  CHECK(emailadres(wide + ".nl"));
  // Labels 1–63, TLD 2–63 letters or xn-- + 1–59 letters/digits.
  CHECK(emailadres("a@" + std::string(63, 'b') + ".nl"));
  CHECK_FALSE(emailadres("a@" + std::string(64, 'b') + ".nl"));
  CHECK(emailadres("a@b." + std::string(63, 'c')));
  CHECK_FALSE(emailadres("a@b." + std::string(64, 'c')));
  CHECK(emailadres("a@b.xn--p1ai"));
  CHECK(emailadres("a@b.XN--P1AI"));
  CHECK_FALSE(emailadres("a@b.xn--"));
  CHECK_FALSE(emailadres("a@b.-xy"));
  CHECK_FALSE(emailadres("a@b.xy-"));
  CHECK(emailadres("a@b.x-y"));
  CHECK(emailadres("a@1-2.b3.nl"));
  CHECK(emailadres("a@b.cé"));
  CHECK_FALSE(emailadres("a@b.c\xF0\x9F\x98\x80"));  // U+1F600 is outside U+00A1–U+FFFF
  // Dot-atom specials; quoted strings with escapes and control characters.
  CHECK(emailadres("!#$%&'*+/=?^_`{|}~-@example.com"));
  CHECK(emailadres(R"("a\"b\\c"@example.com)"));
  CHECK(emailadres("\"a\x01\x7f\"@example.com"));
  CHECK(emailadres("\"\"@example.com"));
  CHECK_FALSE(emailadres("\"a\tb\"@example.com"));
  CHECK(emailadres("\"a\\\tb\"@example.com"));
  CHECK_FALSE(emailadres("\"a\\\nb\"@example.com"));
  CHECK_FALSE(emailadres(R"("abc\"@example.com)"));
  CHECK_FALSE(emailadres(R"("a"b"@example.com)"));
  CHECK(emailadres(R"("a@b"@example.com)"));  // split at the last @
  // IGNORECASE: the four letters that fold into ASCII pass in the local part.
  CHECK(emailadres("b\xC4\xB1lgi@example.com"));  // ı
  CHECK(emailadres("\xE2\x84\xAA@example.com"));  // Kelvin sign
  CHECK_FALSE(emailadres("\xC3\xA9@example.com"));
  // Address literals: IPv4 without leading zeros, IPv6 of at most 39 characters.
  CHECK(emailadres("a@[0.0.0.0]"));
  CHECK_FALSE(emailadres("a@[01.2.3.4]"));
  CHECK_FALSE(emailadres("a@[1.2.3]"));
  CHECK(emailadres("a@[::1]"));
  CHECK(emailadres("a@[::ffff:1.2.3.4]"));
  CHECK(emailadres("a@[1111:2222:3333:4444:5555:6666:7777:8888]"));
  CHECK_FALSE(emailadres("a@[0000:0000:0000:0000:0000:0000:255.255.255.255]"));  // 45 > 39
  CHECK_FALSE(emailadres("a@[1::2::3]"));
  CHECK_FALSE(emailadres("a@[]"));
  CHECK_FALSE(emailadres("a@[::1%eth0]"));
  CHECK_FALSE(emailadres("a@localhost."));
  CHECK_FALSE(emailadres("a@b.nl\xFF"));  // not UTF-8
  CHECK_FALSE(emailadres("a\xFF@b.nl"));
  CHECK_FALSE(emailadres("\"a\xC3\"@b.nl"));
  CHECK_FALSE(emailadres("a@b\xE2\x82.nl"));
  // At most 320 characters (not bytes).
  std::string lokaal;
  for (int i = 0; i < 154; ++i) lokaal += "b\xC4\xB1";  // bı: 462 bytes, 308 characters
  CHECK(emailadres(lokaal + "@example.nl"));            // 319
  CHECK(emailadres(lokaal + "@example.nla"));           // 320
  CHECK_FALSE(emailadres(lokaal + "@example.nlab"));    // 321
}

TEST_CASE("KI-GEN-017: the spec's URL examples") {
  all_valid(url, list{"https://zaken.example.nl/catalogi/api/v1/zaaktypen/1",
                      "http://localhost:8080/catalogi/7", "ftp://ftp.gemeente.nl/typen/7"});
  all_invalid(url, list{"zaaktype-1", "https://zaken/api/7", "urn:isbn:9789000000000",
                        "https://example.123/x"});
}

TEST_CASE("KI-GEN-017: Django URLValidator details") {
  all_valid(url, list{"HTTPS://EXAMPLE.NL",
                      "FtPs://example.nl",
                      "http://example.nl.",
                      "http://example.nl.:80/",
                      "http://user:pass@example.nl",
                      "http://user@example.nl:8080/p?q=1#f",
                      "http://user:@example.nl",
                      "http://1.2.3.4",
                      "http://255.255.255.255:65535",
                      "http://0.0.0.0",
                      "http://[::1]",
                      "http://[2001:db8::7]:8080/x",
                      "http://[::ffff:1.2.3.4]",
                      "http://LOCALHOST",
                      "http://localhost?x",
                      "http://bäckerei.de/ü",
                      "http://xn--bcher-kva.de",
                      "http://a.b-c.de",
                      "http://example.nl:1",
                      "http://example.nl:99999",
                      "http://example.nl/@x",
                      "http://example.nl?x@y"});
  all_invalid(url, list{"",
                        "http://",
                        "http:///path",
                        "https:example.nl",
                        "mailto:a@b.nl",
                        "file://example.nl",
                        "http://example",
                        "http://example.nl..",
                        "http://-example.nl",
                        "http://example-.nl",
                        "http://example.n1",
                        "http://exa_mple.nl",
                        "http://example.nl:",
                        "http://example.nl:123456",
                        "http://example.nl:8o",
                        "http://example.nl/a b",
                        "http://example.nl#frag ment",
                        "http://example.nl/a\tb",
                        "http://example.nl\n",
                        "http://exa mple.nl",
                        "http://user name@example.nl",
                        "http://a:b:c@example.nl",
                        "http://01.2.3.4",
                        "http://256.1.1.1",
                        "http://1.2.3",
                        "http://1.2.3.4.5",
                        "http://[::1",
                        "http://[1::2::3]",
                        "http://[1.2.3.4]",
                        "http://[::g]",
                        "http://localhost.",
                        "http://localhost.localdomain1",
                        "http://[0000:0000:0000:0000:0000:0000:255.255.255.255]"});
  // At most 2048 characters; the host name at most 253.
  const std::string host = std::string(63, 'a') + "." + std::string(63, 'b') + "." +
                           std::string(63, 'c') + "." + std::string(58, 'd') +
                           ".nl";  // 253 characters
  CHECK(url("http://" + host));
  CHECK_FALSE(url("http://e" + host));
  const std::string base = "http://example.nl/";
  CHECK(url(base + std::string(2048 - base.size(), 'x')));
  CHECK_FALSE(url(base + std::string(2049 - base.size(), 'x')));
  // Python's urlsplit refuses some netlocs the regex lets through.
  CHECK(url("http://a?@example.nl"));           // netloc "a", query "@example.nl"
  CHECK_FALSE(url("http://?@example.nl"));      // empty host name
  CHECK_FALSE(url("http://us[er@example.nl"));  // unbalanced bracket
  CHECK(url("http://[v1.x]@example.nl"));       // IPvFuture in the user name
  CHECK_FALSE(url("http://[vz.x]@example.nl"));
  CHECK_FALSE(url("http://a\xEF\xBC\x8Fz.nl"));  // U+FF0F normalises to '/'
  CHECK(url("http://a\xE3\x80\x80z.nl"));        // U+3000 is in Django's "letters" range
}

TEST_CASE("KI-GEN-018: slug") {
  all_valid(slug, list{"werk-email_1", "a", "-", "_", "ABC"});
  all_invalid(slug, list{"werk email", "", "é", "a.b", "a/b"});
  // ^[-a-zA-Z0-9_]+$, byte for byte.
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const bool teken = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_';
    CHECK(slug(std::string("ab") + c + "cd") == teken);
  }
}

TEST_CASE("KI-GEN-022: integer text with Unicode decimal digits") {
  all_valid(integer_tekst,
            list{"0000000001", "23009182", "-42", "0", "-0", "\xD9\xA1\xD9\xA2",  // ١٢
                 "\xDB\xB4", "\xE0\xA5\xAC", "\xEF\xBC\x91\xEF\xBC\x90",          // ۴ ६ １０
                 "\xF0\x9D\x9F\x8E", "\xF0\x9E\x93\xB9"});  // U+1D7CE, U+1E4F9 (Unicode 15)
  all_invalid(integer_tekst,
              list{"KC-001", "12a", "", "-", "--1", "+1", "1.0", "1 2", "\xC2\xB2",  // ²
                   "\xE2\x85\xA0", "\xD9\xAA", "1\xFF"});  // Ⅰ, U+066A, bad UTF-8
}

TEST_CASE("KI-ADR-001: postcode") {
  all_valid(postcode, list{"1015 CJ", "1008 DG", "9999 ZZ"});
  all_invalid(postcode, list{"1015CJ", "0999 AA", "1000  AA", "1111 Aa", "1000 AAA", "", "10a5 CJ",
                             "1015 C1"});
}

TEST_CASE("KI-ADR-002: nummeraanduidingId") {
  all_valid(nummeraanduiding_id, list{"1234567890000001", "0518200000637599"});
  all_invalid(nummeraanduiding_id,
              list{"1234-1234-1234-1234", "123A123A123A123A", "000000000000000", "Te verwerken", "",
                   "12345678900000011"});
}

TEST_CASE("KI-RN-001: IBAN form, no checksum") {
  all_valid(iban_vorm, list{"NL18BANK23481326", "AB12test1253678", "ab129"});
  all_invalid(iban_vorm,
              list{"1231md4832842834", "AB123dasd#asdasda", "AB12", "NL18 BANK 2348 1326", ""});
  CHECK(iban_vorm("NL18" + std::string(30, 'A')));
  CHECK_FALSE(iban_vorm("NL18" + std::string(31, 'A')));
}

TEST_CASE("strict profile: IBAN mod-97 (ISO 13616)") {
  all_valid(iban_mod97, list{"NL91ABNA0417164300", "nl91abna0417164300", "GB82WEST12345698765432",
                             "DE89370400440532013000", "BE68539007547034"});
  all_invalid(iban_mod97,
              list{"NL18BANK23481326", "NL91ABNA0417164301", "NL19ABNA0417164300", "AB12", ""});
}

TEST_CASE("KI-RN-004: no whitespace") {
  all_valid(zonder_spaties, list{"nospaces", "INGBNL2A", "a\xC2\xADz"});  // soft hyphen is no space
  all_invalid(zonder_spaties,
              list{"INGB NL2A", "", "a\tb", "a\xC2\xA0z", "a\xE3\x80\x80z", "a\x1fz"});
}

TEST_CASE("KI-PI-006/007: 11-proef worked examples") {
  all_valid(elfproef, list{"296648875", "123456782", "999990019", "000000000"});
  all_invalid(elfproef, list{"123456789", "12345678", "1234567890", "12345678a", ""});
  all_valid(alleen_cijfers, list{"0", "123456789012"});
  all_invalid(alleen_cijfers, list{"", "123TEST12", "12 3", "\xD9\xA1"});
}

TEST_CASE("KI-PI-006/007: 11-proef agrees with an independent formula") {
  // Reference: weights 9..2 and -1 by value, on the number itself.
  const auto reference = [](long n) {
    long sum = 0;
    for (int pos = 0; pos < 9; ++pos, n /= 10) sum += (pos == 0 ? -1 : pos + 1) * (n % 10);
    return sum % 11 == 0;
  };
  const auto text = [](long n) {
    std::string s(9, '0');
    for (int i = 8; i >= 0; --i, n /= 10) s[i] = char('0' + n % 10);
    return s;
  };
  long checked = 0, mismatches = 0, passes = 0;
  const auto check = [&](long n) {
    const bool got = elfproef(text(n));
    mismatches += got != reference(n);
    passes += got;
    ++checked;
  };
  for (long n = 0; n <= 999999999; n += 7919) check(n);
  for (long n = 0; n <= 100000; ++n) check(n);
  CHECK(mismatches == 0);
  CHECK(checked > 200000);
  CHECK(passes > checked / 12);  // about one in eleven passes
}
