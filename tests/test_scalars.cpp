// Unit tests for klantinteracties/json/scalars.hpp.

#include <doctest/doctest.h>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "klantinteracties/json/scalars.hpp"

namespace {

using namespace ki::json;
namespace bj = boost::json;
using Zone = ki::DateTime::Zone;

// The uuid as text, or "-" when it does not parse.
std::string uuid_text(std::string_view text) {
  const auto u = parse_uuid(text);
  return u ? format_uuid(*u) : "-";
}
std::string uuid_value(const bj::value& v) {
  const auto u = parse_uuid(v);
  return u ? format_uuid(*u) : "-";
}
// The date as YYYY-MM-DD, or "-".
std::string date_text(std::string_view text) {
  const auto d = parse_date(text);
  return d ? format_date(*d) : "-";
}
// The date-time re-encoded, or "-".
std::string date_time_text(std::string_view text) {
  const auto t = parse_date_time(text);
  return t ? format_date_time(*t) : "-";
}

constexpr const char* kUuid = "e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2";

}  // namespace

TEST_CASE("KI-GEN-013 parse_uuid: accepted text forms") {
  CHECK(uuid_text("e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2") == kUuid);
  CHECK(uuid_text("E8203B1BF9E14FA196CE2BCF36E061C2") == kUuid);
  CHECK(uuid_text("urn:uuid:e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2") == kUuid);
  CHECK(uuid_text("{e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2}") == kUuid);
  CHECK(uuid_text("uuid:{E8203B1B-F9E1-4FA1-96CE-2BCF36E061C2}") == kUuid);
  CHECK(uuid_text("e8-203b1bf9e14fa196ce2bcf36e061c2--") == kUuid);  // every `-` is removed
  // Python int(…, 16) on the 32 remaining characters: prefix, sign, padding
  // and single underscores are allowed.
  CHECK(uuid_text("0x000000000000000000000000003039") == "00000000-0000-0000-0000-000000003039");
  CHECK(uuid_text(" 0000000000000000000000000003039") == "00000000-0000-0000-0000-000000003039");
  CHECK(uuid_text("+0000000000000000000000000003039") == "00000000-0000-0000-0000-000000003039");
  CHECK(uuid_text("0_000000000000000000000000003039") == "00000000-0000-0000-0000-000000003039");
}

TEST_CASE("KI-GEN-013 parse_uuid: rejected text") {
  CHECK(uuid_text("e8203b1b") == "-");
  CHECK(uuid_text("e8203b1b-f9e1-4fa1-96ce-2bcf36e061cX") == "-");
  CHECK(uuid_text("e8203b1b-f9e1-4fa1-96ce-2bcf36e061c") == "-");
  CHECK(uuid_text("e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2a") == "-");
  CHECK(uuid_text(" e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2") == "-");  // 33 characters: no trimming
  CHECK(uuid_text("0__00000000000000000000000003039") == "-");
  CHECK(uuid_text("_0000000000000000000000000003039") == "-");
  CHECK(uuid_text("") == "-");
}

// The canonical form is read by its own fast path; with braces around it the
// general rules read it (Python strips them): both must agree, for every
// byte at every place.
TEST_CASE("KI-GEN-013 parse_uuid: the canonical form reads as the general rules read it") {
  const std::string kanoniek = "e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2";
  std::size_t gelezen = 0;
  for (std::size_t plek = 0; plek < kanoniek.size(); ++plek)
    for (int b = 0; b < 256; ++b) {
      std::string t = kanoniek;
      t[plek] = static_cast<char>(b);
      CAPTURE(t);
      const auto snel = parse_uuid(t);
      CHECK(uuid_text(t) == uuid_text("{" + t + "}"));
      gelezen += snel.has_value();
    }
  // Where a digit became another of the 22 hex digits, the text still reads.
  CHECK(gelezen >= 32 * 22);
  CHECK(uuid_text("E8203B1B-F9E1-4FA1-96CE-2BCF36E061C2") == uuid_text(kanoniek));
}

TEST_CASE("KI-GEN-013 parse_uuid: JSON values") {
  CHECK(uuid_value(bj::value(kUuid)) == kUuid);
  CHECK(uuid_value(bj::value(12345)) == "00000000-0000-0000-0000-000000003039");
  CHECK(uuid_value(bj::value(0)) == "00000000-0000-0000-0000-000000000000");
  CHECK(uuid_value(bj::value(UINT64_MAX)) == "00000000-0000-0000-ffff-ffffffffffff");
  CHECK(uuid_value(bj::value(true)) == "00000000-0000-0000-0000-000000000001");
  CHECK(uuid_value(bj::value(false)) == "00000000-0000-0000-0000-000000000000");
  CHECK(uuid_value(bj::value(-1)) == "-");
  CHECK(uuid_value(bj::value(12345.0)) == "-");
  CHECK(uuid_value(bj::value(nullptr)) == "-");
  CHECK(uuid_value(bj::parse(R"(["e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2"])")) == "-");
  CHECK(uuid_value(bj::parse(R"({"uuid": 1})")) == "-");
}

TEST_CASE("KI-GEN-011 parse_date: accepted forms") {
  CHECK(date_text("2024-01-11") == "2024-01-11");
  CHECK(date_text("2024-1-11") == "2024-01-11");
  CHECK(date_text("2025-3-7") == "2025-03-07");
  CHECK(date_text("20240111") == "2024-01-11");
  CHECK(date_text("2028-02-29") == "2028-02-29");
  CHECK(date_text("2000-02-29") == "2000-02-29");
  CHECK(date_text("2024-1-11\n") == "2024-01-11");  // Python `$` before a final newline
  // ISO week dates.
  CHECK(date_text("2025-W01") == "2024-12-30");
  CHECK(date_text("2025W01") == "2024-12-30");
  CHECK(date_text("2025-W01-3") == "2025-01-01");
  CHECK(date_text("2025W013") == "2025-01-01");
  CHECK(date_text("2026-W53") == "2026-12-28");
  CHECK(date_text("2020-W53-7") == "2021-01-03");
  CHECK(date_text("2009-W01-1") == "2008-12-29");
}

TEST_CASE("KI-GEN-011 parse_date: rejected forms") {
  CHECK(date_text("11-01-2024") == "-");
  CHECK(date_text("2024-01-11T10:00") == "-");
  CHECK(date_text("2025-04-31") == "-");
  CHECK(date_text("2025-02-29") == "-");
  CHECK(date_text("1900-02-29") == "-");
  CHECK(date_text("2025-00-10") == "-");
  CHECK(date_text("2025-13-01") == "-");
  CHECK(date_text("0000-01-01") == "-");
  CHECK(date_text("2024-01-11 ") == "-");
  CHECK(date_text("2024-0111") == "-");
  CHECK(date_text("2025-W53") == "-");
  CHECK(date_text("2025-W00") == "-");
  CHECK(date_text("2025-W01-8") == "-");
  CHECK(date_text("9999-W52-6") == "-");  // would be in year 10000
  CHECK(date_text("") == "-");
  CHECK(date_text("vandaag") == "-");
}

TEST_CASE("KI-GEN-011 format_date") {
  CHECK(format_date(ki::Date{2024, 1, 11}) == "2024-01-11");
  CHECK(format_date(ki::Date{5, 12, 3}) == "0005-12-03");
}

TEST_CASE("KI-GEN-012 parse_date_time: round trips keep the wire form") {
  for (const char* text : {"2024-03-01T10:00:00.123456Z", "2019-08-24T14:15:22Z",
                           "2025-06-02T14:05:09.5+02:00", "2023-03-01T10:00:00+01:00",
                           "2025-06-02T14:05:09.120-01:30", "2025-06-02T14:05:09+00:00"}) {
    CAPTURE(text);
    CHECK(date_time_text(text) == text);
  }
}

TEST_CASE("KI-GEN-012 parse_date_time: fields") {
  const auto t = parse_date_time("2025-06-02T14:05:09.5+02:00");
  REQUIRE(t);
  CHECK(t->datum == ki::Date{2025, 6, 2});
  CHECK(t->uur == 14);
  CHECK(t->minuut == 5);
  CHECK(t->seconde == 9);
  CHECK(t->microseconde == 500000);
  CHECK(t->fractie_cijfers == 1);
  CHECK(t->zone == Zone::offset);
  CHECK(t->offset_minuten == 120);

  const auto z = parse_date_time("2019-08-24T14:15:22Z");
  REQUIRE(z);
  CHECK(z->zone == Zone::utc);
  CHECK(z->fractie_cijfers == 0);

  const auto naive = parse_date_time("2011-05-20T08:41:07.120934");
  REQUIRE(naive);
  CHECK(naive->zone == Zone::naive);
  CHECK(naive->microseconde == 120934);
  CHECK(format_date_time(*naive) == "2011-05-20T08:41:07.120934Z");

  const auto zero = parse_date_time("2025-06-02T14:05:09+00:00");
  REQUIRE(zero);
  CHECK(zero->zone == Zone::offset);
  CHECK(zero->offset_minuten == 0);

  const auto negative = parse_date_time("2025-06-02T14:05:09-0130");
  REQUIRE(negative);
  CHECK(negative->offset_minuten == -90);
}

TEST_CASE("KI-GEN-012 parse_date_time: `YYYY-MM-DDTHH:MM:SSZ` reads as its other forms do") {
  // The common form has a path of its own; with a space for the `T` the text
  // goes the general way (fromisoformat, then Django), which must agree,
  // in range or out of it.
  const char* datums[] = {"2024-01-08", "2024-02-29", "2023-02-29", "0000-01-01", "0001-01-01",
                          "9999-12-31", "2024-00-10", "2024-13-01", "2024-04-31", "2024-1a-01"};
  const char* tijden[] = {"00:00:00", "13:12:04", "23:59:59", "24:00:00", "12:60:00",
                          "12:00:60", "1x:00:00", "12:00:5 "};
  for (const char* d : datums)
    for (const char* t : tijden) {
      const std::string met_t = std::string(d) + 'T' + t + 'Z';
      const std::string met_spatie = std::string(d) + ' ' + t + 'Z';
      CAPTURE(met_t);
      CHECK(parse_date_time(met_t) == parse_date_time(met_spatie));
    }
  const auto t = parse_date_time("2024-01-08T13:12:04Z");
  REQUIRE(t);
  CHECK(*t == ki::DateTime{ki::Date{2024, 1, 8}, 13, 12, 4, 0, 0, Zone::utc, 0});
  CHECK_FALSE(parse_date_time("2023-02-29T13:12:04Z"));
}

TEST_CASE("KI-GEN-012 parse_date_time: the other accepted forms") {
  CHECK(date_time_text("2025-06-02 14:05:09+02:00") == "2025-06-02T14:05:09+02:00");
  CHECK(date_time_text("2025-06-02T14:05:09") == "2025-06-02T14:05:09Z");
  CHECK(date_time_text("2025-06-02") == "2025-06-02T00:00:00Z");
  CHECK(date_time_text("20250602T1405") == "2025-06-02T14:05:00Z");
  CHECK(date_time_text("2025-06-02T14") == "2025-06-02T14:00:00Z");
  CHECK(date_time_text("2025-06-02T14:05:09,25") == "2025-06-02T14:05:09.25Z");
  CHECK(date_time_text("2025-W01-3T10:00Z") == "2025-01-01T10:00:00Z");
  CHECK(date_time_text("2025-06-02T14:05:09+02") == "2025-06-02T14:05:09+02:00");
  // Digits beyond six are dropped.
  const auto long_fraction = parse_date_time("2025-06-02T14:05:09.1234567Z");
  REQUIRE(long_fraction);
  CHECK(long_fraction->microseconde == 123456);
  CHECK(format_date_time(*long_fraction) == "2025-06-02T14:05:09.123456Z");
  // Django's regex: one-digit fields, whitespace before the zone.
  CHECK(date_time_text("2025-3-7T1:2") == "2025-03-07T01:02:00Z");
  CHECK(date_time_text("2025-3-7 1:02:03,25 -0130") == "2025-03-07T01:02:03.25-01:30");
  CHECK(date_time_text("2025-06-02T14:05:09.5 +02:00") == "2025-06-02T14:05:09.5+02:00");
  CHECK(date_time_text("2025-06-02T14:05:09  ") == "2025-06-02T14:05:09Z");
  // An offset with seconds keeps the moment, written in UTC.
  CHECK(date_time_text("2025-01-01T10:00:00+01:00:30") == "2025-01-01T08:59:30Z");
  // DRF falls back to strptime(value, "iso-8601").
  CHECK(date_time_text("ISO-8601") == "1900-01-01T00:00:00Z");
}

TEST_CASE("KI-GEN-012 parse_date_time: rejected forms") {
  for (const char* text :
       {"01-03-2023 10:00", "vandaag", "2025-13-01T10:00:00Z", "2025-02-30T10:00:00Z",
        "2025-02-29", "2024-01-01T24:00", "2024-01-01T10:60", "2024-01-01T10:00:60",
        "2024-01-01T10:00+24:00", "2024-01-01T10:00z", "2024-01-01T10:00Zx", "2024-01-01T",
        "2024-01-01T10:00:00.", "2024-01-01T10:00:00 x", "", "2024",
        // outside years 1..9999 once converted to UTC (DRF: `overflow`)
        "0001-01-01T00:30+01:00", "9999-12-31T23:30-01:00"}) {
    CAPTURE(text);
    CHECK(date_time_text(text) == "-");
  }
}

TEST_CASE("KI-GEN-012 format_date_time (model.md §1.6)") {
  ki::DateTime t{ki::Date{2025, 6, 2}, 12, 5, 9, 500000, -1, Zone::utc, 0};
  CHECK(format_date_time(t) == "2025-06-02T12:05:09.500000Z");
  t.microseconde = 0;
  CHECK(format_date_time(t) == "2025-06-02T12:05:09Z");
  t.microseconde = 120000;
  t.fractie_cijfers = 3;
  CHECK(format_date_time(t) == "2025-06-02T12:05:09.120Z");
  t.fractie_cijfers = 0;
  CHECK(format_date_time(t) == "2025-06-02T12:05:09Z");
  t.zone = Zone::naive;
  CHECK(format_date_time(t) == "2025-06-02T12:05:09Z");
  t.zone = Zone::offset;
  t.offset_minuten = -330;
  CHECK(format_date_time(t) == "2025-06-02T12:05:09-05:30");
  t.offset_minuten = 60;
  CHECK(format_date_time(t) == "2025-06-02T12:05:09+01:00");
}

TEST_CASE("KI-GEN-007 python_str of numbers") {
  CHECK(python_str(bj::value(123)) == "123");
  CHECK(python_str(bj::value(-42)) == "-42");
  CHECK(python_str(bj::value(UINT64_MAX)) == "18446744073709551615");
  CHECK(python_str(bj::value(2.5)) == "2.5");
  CHECK(python_str(bj::value(42.0)) == "42.0");
  CHECK(python_str(bj::value(1e20)) == "1e+20");
  CHECK(python_str(bj::value(1e16)) == "1e+16");
  CHECK(python_str(bj::value(1e15)) == "1000000000000000.0");
  CHECK(python_str(bj::value(1e-5)) == "1e-05");
  CHECK(python_str(bj::value(0.0001)) == "0.0001");
  CHECK(python_str(bj::value(123456789012.0)) == "123456789012.0");
  CHECK(python_str(bj::value(0.1)) == "0.1");
  CHECK(python_str(bj::value(-0.0)) == "-0.0");
  CHECK(python_str(bj::value(1.5e-7)) == "1.5e-07");
  CHECK(python_str(bj::value(1.7976931348623157e308)) == "1.7976931348623157e+308");
  CHECK(python_str(bj::parse("42.0")) == "42.0");
  CHECK(python_str(bj::value(true)) == "True");
}

TEST_CASE("§0.3 parse_key_keeps: exactly the keys parse_key leaves as they are") {
  for (std::string_view k : {"", "betreft", "zaak_id", "_", "a_b_c"}) {
    CAPTURE(k);
    CHECK(parse_key_keeps(k));
    CHECK(parse_key(k) == k);
  }
  // Capitals and digits may change; other characters keep the key but are
  // left to parse_key (the fast path stays narrow).
  for (std::string_view k : {"someKey", "Betreft", "kvk2", "zaak-id", "é"}) {
    CAPTURE(k);
    CHECK_FALSE(parse_key_keeps(k));
  }
}

TEST_CASE("§0.3 parse_key: test vectors") {
  CHECK(parse_key("betreft") == "betreft");
  CHECK(parse_key("Betreft") == "_betreft");
  CHECK(parse_key("BETREFT") == "betreft");
  CHECK(parse_key("someKey") == "some_key");
  CHECK(parse_key("some_key") == "some_key");
  CHECK(parse_key("HTTPCode") == "http_code");
  CHECK(parse_key("userID") == "user_id");
  CHECK(parse_key("aBC") == "a_bc");
  CHECK(parse_key("Key1") == "_key_1");
  CHECK(parse_key("kvk2") == "kvk_2");
  CHECK(parse_key("ab12") == "ab_12");
  CHECK(parse_key("A1") == "a_1");
  CHECK(parse_key("AB1") == "a_b_1");
  CHECK(parse_key("v2Api") == "v_2_api");
  CHECK(parse_key("Zaak_ID") == "_zaak_id");
  CHECK(parse_key("adresregel1") == "adresregel_1");
  CHECK(parse_key("key-with-dash") == "key-with-dash");
  CHECK(parse_key("met spatie") == "met spatie");
  CHECK(parse_key("soortPartij") == "soort_partij");
  CHECK(parse_key("_expand") == "_expand");
  CHECK(parse_key("SoortPartij") == "_soort_partij");
  CHECK(parse_key("partijIdentificatoren") == "partij_identificatoren");
  CHECK(parse_key("") == "");
  CHECK(parse_key("A\n") == "a\n");
  CHECK(parse_key("straatNaamÄÖ") == "straat_naamäö");
  CHECK(parse_key("İD") == "i\xCC\x87" "d");
}

TEST_CASE("§0.1 B.4 camelize") {
  CHECK(camelize("non_field_errors") == "nonFieldErrors");
  CHECK(camelize("partij_identificator_code_objecttype") == "partijIdentificatorCodeObjecttype");
  CHECK(camelize("adresregel_1") == "adresregel_1");
  CHECK(camelize("__all__") == "__all__");
  CHECK(camelize("_betreft") == "_betreft");
  CHECK(camelize("x_y_z") == "xY_z");
  CHECK(camelize("a_b_c_d") == "aB_cD");
  CHECK(camelize("Zaak_ID") == "Zaak_ID");
  CHECK(camelize("_zaak_id") == "_zaakId");
  CHECK(camelize("2") == "2");
}

TEST_CASE("KI-GEN-015 python_type_name") {
  CHECK(python_type_name(bj::value("x")) == "str");
  CHECK(python_type_name(bj::value(1)) == "int");
  CHECK(python_type_name(bj::value(UINT64_MAX)) == "int");
  CHECK(python_type_name(bj::value(1.5)) == "float");
  CHECK(python_type_name(bj::value(true)) == "bool");
  CHECK(python_type_name(bj::parse("[]")) == "list");
  CHECK(python_type_name(bj::parse("{}")) == "dict");
  CHECK(python_type_name(bj::value(nullptr)) == "NoneType");
}

TEST_CASE("KI-GEN-020 python_strip") {
  CHECK(python_strip(" nld ") == "nld");
  CHECK(python_strip("\t\n\v\f\r\x1c\x1d\x1e\x1f" "a b\x1f") == "a b");
  CHECK(python_strip("\xC2\xA0" "a\xC2\x85") == "a");                       // U+00A0, U+0085
  CHECK(python_strip("\xE3\x80\x80\xE2\x80\x83" "a\xE2\x80\xA8") == "a");  // U+3000, U+2003, U+2028
  CHECK(python_strip("\xE2\x80\x8B" "a") == "\xE2\x80\x8B" "a");           // U+200B is not whitespace
  CHECK(python_strip(" é ") == "é");
  CHECK(python_strip("   ").empty());
  CHECK(python_strip("").empty());
}

TEST_CASE("equal_ignoring_case: the case of ASCII letters only") {
  using ki::json::detail::equal_ignoring_case;
  CHECK(equal_ignoring_case("PaginatedExpandPartijList", "paginatedexpandpartijlist"));
  CHECK(equal_ignoring_case("", ""));
  CHECK(equal_ignoring_case("Partij1", "PARTIJ1"));
  CHECK_FALSE(equal_ignoring_case("Partij", "Partijen"));
  CHECK_FALSE(equal_ignoring_case("Partij", "Parti"));
  CHECK_FALSE(equal_ignoring_case("@", "`"));  // 0x40 and 0x60: not letters
  CHECK_FALSE(equal_ignoring_case("[", "{"));
  CHECK_FALSE(equal_ignoring_case("\xC3\xA9", "\xC3\x89"));  // é and É are not ASCII
}

TEST_CASE("lower_ascii: ASCII letters lowered, every other byte kept, whatever the locale") {
  using ki::json::detail::lower_ascii;
  CHECK(lower_ascii("Kanaal NULL True") == "kanaal null true");
  CHECK(lower_ascii("@[`{AZaz09") == "@[`{azaz09");
  CHECK(lower_ascii("\xC3\x89\xC0") == "\xC3\x89\xC0");  // É and a lone byte: as they are
  CHECK(lower_ascii("").empty());
}

TEST_CASE("KI-GEN-004 python_len counts code points") {
  CHECK(python_len("") == 0);
  CHECK(python_len("nld") == 3);
  CHECK(python_len("é") == 1);
  CHECK(python_len("日本") == 2);
  CHECK(python_len("\xF0\x9F\x98\x80") == 1);  // U+1F600
  // A character of 1 to 4 bytes, or a byte that starts no UTF-8 (counted as
  // one), at every place of ASCII texts up to 40 long.
  for (const std::string_view teken : {"x", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xFF"})
    for (std::size_t n = 1; n <= 40; ++n)
      for (std::size_t plek = 0; plek < n; ++plek) {
        std::string t(n, 'a');
        t.replace(plek, 1, teken);
        CAPTURE(t);
        CHECK(python_len(t) == n);
      }
}
