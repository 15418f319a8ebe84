// Klantcontact and MaakKlantcontact through the public validator
// (validation.md §6 KI-KC, §7 KI-KAN, §8 KI-MD, §15 KI-MK), plus what the
// strict profile adds to a klantcontact (taal, date-time offset, metadata).

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <string_view>

#include "klantinteracties/referentielijsten/referentielijsten.hpp"
#include "validate_helpers.hpp"

using namespace ki;
using namespace ki::test;
using referentielijsten::Lijst;
using referentielijsten::Referentielijsten;
using rules::Modus;
using rules::Profiel;

namespace {

// POST /klantcontacten with only the required properties, plus `extra`
// (a JSON members fragment starting with a comma, or empty).
std::string klantcontact(std::string_view extra = {}) {
  return std::string(R"({"kanaal": "telefoon", "onderwerp": "Aanvraag parkeervergunning",
                         "taal": "nld", "vertrouwelijk": false)") +
         std::string(extra) + "}";
}

constexpr std::string_view kc001 = "no-further-action-when-contact-succesful";
constexpr std::string_view kc001_tekst =
    "Als het contact gelukt is kan er geen verdere actie zijn ondernomen";

// The Kanaal list of KI-KAN-004's example, as Open Klant's Referentielijsten
// API serves it (an items page).
constexpr std::string_view kanalen_pagina = R"({
  "count": 6, "next": null, "previous": null,
  "results": [
    {"code": "no_dates", "naam": "Geen data", "begindatumGeldigheid": null, "einddatumGeldigheid": null, "aanvullendeGegevens": ""},
    {"code": "no_begin_future_eind", "naam": "Open begin", "begindatumGeldigheid": null, "einddatumGeldigheid": "2050-01-01T14:27:10Z", "aanvullendeGegevens": ""},
    {"code": "expired_phone", "naam": "Verlopen telefoon", "begindatumGeldigheid": "2020-01-01T16:06:12Z", "einddatumGeldigheid": "2023-01-01T16:06:32Z", "aanvullendeGegevens": ""},
    {"code": "future_email", "naam": "Toekomstige e-mail", "begindatumGeldigheid": "2050-01-01T16:05:29Z", "einddatumGeldigheid": null, "aanvullendeGegevens": ""},
    {"code": "phone", "naam": "Telefoon", "begindatumGeldigheid": "2025-10-25T15:09:07Z", "einddatumGeldigheid": "2029-10-25T15:09:08Z", "aanvullendeGegevens": ""},
    {"code": "email", "naam": "E-mail", "begindatumGeldigheid": "2025-10-25T15:09:23Z", "einddatumGeldigheid": null, "aanvullendeGegevens": ""}
  ]})";

// 2025-11-24T12:00:00Z, KI-KAN-004's fixed moment.
std::chrono::system_clock::time_point nu_2025_11_24() {
  using namespace std::chrono;
  return sys_days{year{2025} / November / 24} + hours{12};
}

Referentielijsten met_kanalen(std::string_view document) {
  auto l = Referentielijsten::standaard();
  const auto fouten = l.laad(Lijst::kanaal, document);
  REQUIRE(fouten.empty());
  l.set_klok(nu_2025_11_24());
  return l;
}

std::string kanaal_body(std::string_view kanaal) {
  return std::string(R"({"kanaal": )") + std::string(kanaal) +
         R"(, "onderwerp": "Melding", "taal": "nld", "vertrouwelijk": false})";
}

}  // namespace

// ---- KI-KC-001 ---------------------------------------------------------------

TEST_CASE("KI-KC-001 verdereActieOndernomen with indicatieContactGelukt") {
  SUBCASE("KI-KC-001 passing combinations") {
    for (std::string_view extra :
         {R"(, "indicatieContactGelukt": false, "verdereActieOndernomen": true)",
          R"(, "indicatieContactGelukt": null, "verdereActieOndernomen": true)",
          R"(, "indicatieContactGelukt": true, "verdereActieOndernomen": false)",
          R"(, "indicatieContactGelukt": "null", "verdereActieOndernomen": "true")",
          R"(, "indicatieContactGelukt": true)", R"(, "verdereActieOndernomen": true)"}) {
      CAPTURE(extra);
      CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(extra)));
    }
  }
  SUBCASE("KI-KC-001 both true is a nonFieldErrors error") {
    for (std::string_view extra :
         {R"(, "indicatieContactGelukt": true, "verdereActieOndernomen": true)",
          R"(, "indicatieContactGelukt": "yes", "verdereActieOndernomen": 1)",
          R"(, "verdereActieOndernomen": "on", "indicatieContactGelukt": "True")"}) {
      CAPTURE(extra);
      CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(extra)),
                   {"nonFieldErrors", std::string(kc001), std::string(kc001_tekst)});
    }
  }
  SUBCASE("KI-KC-001 on PUT and PATCH") {
    const std::string beide =
        klantcontact(R"(, "indicatieContactGelukt": true, "verdereActieOndernomen": true)");
    CHECK_FOUTEN(fouten<Klantcontact>(beide, opties(Modus::update)),
                 {"nonFieldErrors", std::string(kc001), std::string(kc001_tekst)});
    CHECK_FOUTEN(
        fouten<Klantcontact>(R"({"indicatieContactGelukt": true, "verdereActieOndernomen": true})",
                             opties(Modus::partial)),
        {"nonFieldErrors", std::string(kc001), std::string(kc001_tekst)});
    // PUT without verdereActieOndernomen resets it to false.
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "indicatieContactGelukt": true)"),
                                      opties(Modus::update)));
    // PATCH of one of the two: the stored other value is the register's business.
    CHECK_FOUTEN(
        fouten<Klantcontact>(R"({"verdereActieOndernomen": true})", opties(Modus::partial)));
  }
  SUBCASE("KI-KC-001 runs only when every field passed (phase 3)") {
    CHECK_FOUTEN(
        fouten<Klantcontact>(R"({"kanaal": "telefoon", "onderwerp": "Melding", "taal": "nederlands",
                                 "vertrouwelijk": false, "indicatieContactGelukt": true,
                                 "verdereActieOndernomen": true})"),
        {"taal", "max_length", "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat."});
  }
  SUBCASE("KI-KC-001 the realistic request body passes") {
    CHECK_FOUTEN(fouten<Klantcontact>(R"({
      "referentienummer": "2024000123",
      "kanaal": "telefoon",
      "onderwerp": "Aanvraag parkeervergunning",
      "inhoud": "Mevrouw De Jong vraagt hoe zij een parkeervergunning voor bewoners aanvraagt.",
      "reactie": "Uitgelegd dat de aanvraag via Mijn Gemeente kan.",
      "indicatieContactGelukt": true,
      "hoofdOnderwerpType": "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1",
      "verdereActieOndernomen": false,
      "taal": "nld",
      "vertrouwelijk": false,
      "plaatsgevondenOp": "2024-03-01T10:00:00.123456Z",
      "metadata": {"zaaknummer": "ZAAK-2024-0000123", "gespreksId": "f81d4fae-7dec"}
    })"));
  }
}

TEST_CASE("KI-KC-002 nummer and referentienummer (KI-GEN-022)") {
  SUBCASE("KI-KC-002 passing") {
    CHECK_FOUTEN(fouten<Klantcontact>(
        klantcontact(R"(, "nummer": "0000000001", "referentienummer": "23009182")")));
  }
  SUBCASE("KI-KC-002 failing") {
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact(R"(, "nummer": "KC-1", "referentienummer": "R1")")),
        {"nummer", "invalid", "Voer een geldig geheel getal in."},
        {"referentienummer", "invalid", "Voer een geldig geheel getal in."});
  }
}

TEST_CASE("KI-KC-003 taal: required, non-blank, at most 3; no code check by default") {
  SUBCASE("KI-KC-003 passing: codes Open Klant's own tests post") {
    for (std::string_view taal : {"nld", "ndl", "nl", "de", "ger"}) {
      CAPTURE(taal);
      CHECK_FOUTEN(
          fouten<Klantcontact>(R"({"kanaal": "telefoon", "onderwerp": "Melding", "taal": ")" +
                               std::string(taal) + R"(", "vertrouwelijk": false})"));
    }
  }
  SUBCASE("KI-KC-003 failing: only on length, blank, absence") {
    CHECK_FOUTEN(
        fouten<Klantcontact>(
            R"({"kanaal": "telefoon", "onderwerp": "Melding", "taal": "Nederlands", "vertrouwelijk": false})"),
        {"taal", "max_length", "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat."});
    CHECK_FOUTEN(
        fouten<Klantcontact>(
            R"({"kanaal": "telefoon", "onderwerp": "Melding", "taal": " ", "vertrouwelijk": false})"),
        {"taal", "blank", "Dit veld mag niet leeg zijn."});
    CHECK_FOUTEN(fouten<Klantcontact>(
                     R"({"kanaal": "telefoon", "onderwerp": "Melding", "vertrouwelijk": false})"),
                 {"taal", "required", "Dit veld is vereist."});
  }
}

TEST_CASE("KI-KC-004 kanaal: free text of at most 50 (see KI-KAN)") {
  SUBCASE("KI-KC-004 passing") {
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("Telefoon, terugbelverzoek")")));
  }
  SUBCASE("KI-KC-004 failing") {
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("")")),
                 {"kanaal", "blank", "Dit veld mag niet leeg zijn."});
    CHECK_FOUTEN(
        fouten<Klantcontact>(kanaal_body('"' + std::string(51, 'k') + '"')),
        {"kanaal", "max_length", "Zorg ervoor dat dit veld niet meer dan 50 karakters bevat."});
  }
}

TEST_CASE("KI-KC-005 metadata (see KI-MD)") {
  SUBCASE("KI-KC-005 passing") {
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact(R"(, "metadata": {"zaaknummer": "ZAAK-2024-0000123"})")));
  }
  SUBCASE("KI-KC-005 failing") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "metadata": ["ZAAK-2024-0000123"])")),
                 {"metadata", "not_a_dict", ""});
  }
}

TEST_CASE("KI-KC-006 plaatsgevondenOp: optional, no 'not in the future' check") {
  SUBCASE("KI-KC-006 passing: omitted, in the past, in the future") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact()));
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact(R"(, "plaatsgevondenOp": "2019-08-24T14:15:22Z")")));
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact(R"(, "plaatsgevondenOp": "2099-12-31T23:59:59+01:00")")));
  }
  SUBCASE("KI-KC-006 failing: only its format (KI-GEN-012)") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "plaatsgevondenOp": "01-03-2023 10:00")")),
                 {"plaatsgevondenOp", "invalid", ""});
  }
}

// ---- KI-KAN ------------------------------------------------------------------

TEST_CASE("KI-KAN-001 kanaal is free text unless kanaal validation is on") {
  SUBCASE("KI-KAN-001 default: any kanaal up to 50 characters") {
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("Telefoon")")));
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body('"' + std::string(50, 'k') + '"')));
    CHECK_FOUTEN(
        fouten<Klantcontact>(kanaal_body('"' + std::string(51, 'k') + '"')),
        {"kanaal", "max_length", "Zorg ervoor dat dit veld niet meer dan 50 karakters bevat."});
    const auto standaard = Referentielijsten::standaard();
    CHECK_FALSE(standaard.kanaal_validatie());
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("fax")"),
                                      opties(Modus::create, Profiel::openklant, &standaard)));
  }
  SUBCASE("KI-KAN-001 a loaded Kanaal list switches the check on; switching it off again") {
    auto l = met_kanalen(kanalen_pagina);
    CHECK(l.kanaal_validatie());
    const auto opt = opties(Modus::create, Profiel::openklant, &l);
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("phone")"), opt));
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("fax")"), opt),
                 {"kanaal", "invalid",
                  "'fax' is not a valid kanaal. Allowed values: no_dates, no_begin_future_eind, "
                  "phone, email"});
    l.set_kanaal_validatie(false);
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("fax")"), opt));
  }
  SUBCASE("KI-KAN-001 PUT and PATCH with kanaal are checked; PATCH without kanaal is not") {
    const auto l = met_kanalen(kanalen_pagina);
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("fax")"),
                                      opties(Modus::update, Profiel::openklant, &l)),
                 {"kanaal", "invalid", ""});
    CHECK_FOUTEN(fouten<Klantcontact>(R"({"kanaal": "fax"})",
                                      opties(Modus::partial, Profiel::openklant, &l)),
                 {"kanaal", "invalid", ""});
    CHECK_FOUTEN(fouten<Klantcontact>(R"({"onderwerp": "Nieuw onderwerp"})",
                                      opties(Modus::partial, Profiel::openklant, &l)));
  }
  SUBCASE("KI-KAN-001 klantcontact.kanaal in maak-klantcontact") {
    const auto l = met_kanalen(kanalen_pagina);
    const auto opt = opties(Modus::create, Profiel::openklant, &l);
    CHECK_FOUTEN(fouten<MaakKlantcontact>(
        R"({"klantcontact": {"kanaal": "email", "onderwerp": "Vraag", "taal": "nld", "vertrouwelijk": false}})",
        opt));
    CHECK_FOUTEN(
        fouten<MaakKlantcontact>(
            R"({"klantcontact": {"kanaal": "expired_phone", "onderwerp": "Vraag", "taal": "nld", "vertrouwelijk": false}})",
            opt),
        {"klantcontact.kanaal", "invalid",
         "'expired_phone' is not a valid kanaal. Allowed values: no_dates, no_begin_future_eind, "
         "phone, email"});
  }
}

TEST_CASE("KI-KAN-002 the Kanaal list from a Referentielijsten document") {
  SUBCASE("KI-KAN-002 Open Klant's items page") {
    const auto l = met_kanalen(kanalen_pagina);
    const auto opt = opties(Modus::create, Profiel::openklant, &l);
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("email")"), opt));
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("E-mail")"), opt),
                 {"kanaal", "invalid",
                  "'E-mail' is not a valid kanaal. Allowed values: no_dates, "
                  "no_begin_future_eind, phone, email"});
  }
  SUBCASE("KI-KAN-002 the VNG array shape (KI-KAN-008: its indicatieActief counts)") {
    const auto l = met_kanalen(R"([
      {"code": "balie", "naam": "Balie", "indicatieActief": true},
      {"code": "post", "naam": "Post", "indicatieActief": false},
      {"code": "telefoon", "naam": "Telefoon", "indicatieActief": true}])");
    const auto opt = opties(Modus::create, Profiel::openklant, &l);
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("balie")"), opt));
    CHECK_FOUTEN(
        fouten<Klantcontact>(kanaal_body(R"("post")"), opt),
        {"kanaal", "invalid", "'post' is not a valid kanaal. Allowed values: balie, telefoon"});
  }
}

TEST_CASE("KI-KAN-003 validity window: begin inclusive, eind exclusive, judged now") {
  SUBCASE("KI-KAN-003 items of the example") {
    const auto l = met_kanalen(kanalen_pagina);
    const auto opt = opties(Modus::create, Profiel::openklant, &l);
    for (std::string_view geldig : {"no_dates", "no_begin_future_eind", "phone", "email"}) {
      CAPTURE(geldig);
      CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body('"' + std::string(geldig) + '"'), opt));
    }
    for (std::string_view ongeldig : {"expired_phone", "future_email"}) {
      CAPTURE(ongeldig);
      CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body('"' + std::string(ongeldig) + '"'), opt),
                   {"kanaal", "invalid",
                    "'" + std::string(ongeldig) +
                        "' is not a valid kanaal. Allowed values: no_dates, "
                        "no_begin_future_eind, phone, email"});
    }
  }
  SUBCASE("KI-KAN-003 the bounds themselves; naive counts as UTC; no code is skipped") {
    const auto l = met_kanalen(R"({"count": 4, "next": null, "previous": null, "results": [
      {"code": "begint_nu", "naam": "a", "begindatumGeldigheid": "2025-11-24T12:00:00Z", "einddatumGeldigheid": null},
      {"code": "eindigt_nu", "naam": "b", "begindatumGeldigheid": null, "einddatumGeldigheid": "2025-11-24T12:00:00Z"},
      {"code": "naief", "naam": "c", "begindatumGeldigheid": "2025-11-24T12:00:00", "einddatumGeldigheid": "2025-11-24T12:00:01"},
      {"code": "", "naam": "zonder code", "begindatumGeldigheid": null, "einddatumGeldigheid": null},
      {"naam": "ook zonder code"}]})");
    const auto opt = opties(Modus::create, Profiel::openklant, &l);
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("begint_nu")"), opt));
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("naief")"), opt));
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("eindigt_nu")"), opt),
                 {"kanaal", "invalid",
                  "'eindigt_nu' is not a valid kanaal. Allowed values: begint_nu, naief"});
  }
  SUBCASE("KI-KAN-003 plaatsgevondenOp does not matter") {
    const auto l = met_kanalen(kanalen_pagina);
    const auto opt = opties(Modus::create, Profiel::openklant, &l);
    CHECK_FOUTEN(fouten<Klantcontact>(
                     R"({"kanaal": "expired_phone", "onderwerp": "Melding", "taal": "nld",
                         "vertrouwelijk": false, "plaatsgevondenOp": "2021-06-01T10:00:00Z"})",
                     opt),
                 {"kanaal", "invalid", ""});
  }
}

TEST_CASE("KI-KAN-004 kanaal must equal the code of a valid item") {
  const auto l = met_kanalen(kanalen_pagina);
  const auto opt = opties(Modus::create, Profiel::openklant, &l);
  SUBCASE("KI-KAN-004 exact after trimming") {
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("  phone ")"), opt));
  }
  SUBCASE("KI-KAN-004 case-sensitive; the trimmed value in the message") {
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"(" Phone ")"), opt),
                 {"kanaal", "invalid",
                  "'Phone' is not a valid kanaal. Allowed values: no_dates, "
                  "no_begin_future_eind, phone, email"});
  }
  SUBCASE("KI-KAN-004 no valid item: empty list of allowed values") {
    const auto leeg = met_kanalen(R"({"count": 1, "next": null, "previous": null, "results": [
      {"code": "expired_phone", "naam": "x", "begindatumGeldigheid": "2020-01-01T16:06:12Z", "einddatumGeldigheid": "2023-01-01T16:06:32Z"}]})");
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("expired_phone")"),
                                      opties(Modus::create, Profiel::openklant, &leeg)),
                 {"kanaal", "invalid", "'expired_phone' is not a valid kanaal. Allowed values: "});
  }
}

TEST_CASE("KI-KAN-005 the table has no items at all") {
  SUBCASE("KI-KAN-005 failing: empty table") {
    const auto leeg = met_kanalen(R"({"count": 0, "next": null, "previous": null, "results": []})");
    CHECK(leeg.kanaal_validatie());
    const auto opt = opties(Modus::create, Profiel::openklant, &leeg);
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("telefoon")"), opt),
                 {"kanaal", "invalid",
                  "No channels to validate `kanaal` were found for the configured tabel_code in "
                  "the Referentielijsten API."});
  }
  SUBCASE("KI-KAN-005 passing: the same request with a filled table") {
    const auto vol = met_kanalen(R"([{"code": "telefoon", "naam": "Telefoon"}])");
    CHECK_FOUTEN(fouten<Klantcontact>(kanaal_body(R"("telefoon")"),
                                      opties(Modus::create, Profiel::openklant, &vol)));
  }
}

// ---- KI-MD -------------------------------------------------------------------

TEST_CASE("KI-MD-001 metadata must be a JSON object") {
  SUBCASE("KI-MD-001 passing") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "metadata": {})")));
    CHECK_FOUTEN(fouten<Klantcontact>(
        klantcontact(R"(, "metadata": {"Betreft": "Paspoortaanvraag", "Type": "Vraag"})")));
  }
  SUBCASE("KI-MD-001 failing") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "metadata": [])")),
                 {"metadata", "not_a_dict",
                  "Verwachtte een dictionary van items, maar kreeg type \"list\"."});
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "metadata": "string")")),
                 {"metadata", "not_a_dict",
                  "Verwachtte een dictionary van items, maar kreeg type \"str\"."});
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "metadata": 12)")),
                 {"metadata", "not_a_dict",
                  "Verwachtte een dictionary van items, maar kreeg type \"int\"."});
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(R"(, "metadata": null)")),
                 {"metadata", "null", "Dit veld mag niet leeg zijn."});
  }
}

TEST_CASE("KI-MD-002 metadata values of at most 255 characters") {
  const std::string x255(255, 'x');
  const std::string x256(256, 'x');
  SUBCASE("KI-MD-002 passing (also after trimming)") {
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact(R"(, "metadata": {"betreft": ")" + x255 + R"("})")));
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact(R"(, "metadata": {"betreft": "  )" + x255 + R"(  "})")));
    // Kept trimmed, under the key as sent, in the body's order.
    auto v = rules::validate<Klantcontact>(klantcontact(R"(, "metadata": {"zaak_id": "  )" + x255 +
                                                        R"(\t", "someKey": " b ", "a": "c"})"));
    CHECK_FOUTEN(v.errors);
    REQUIRE(v.value.metadata.has_value());
    CHECK(*v.value.metadata == Metadata{{"zaak_id", x255}, {"someKey", "b"}, {"a", "c"}});
  }
  SUBCASE("KI-MD-002 failing, named by the parsed key") {
    const std::string reden = "Zorg ervoor dat dit veld niet meer dan 255 karakters bevat.";
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact(R"(, "metadata": {"betreft": ")" + x256 + R"("})")),
        {"metadata.betreft", "max_length", reden});
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact(R"(, "metadata": {"Betreft": ")" + x256 + R"("})")),
        {"metadata._betreft", "max_length", reden});
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact(R"(, "metadata": {"someKey": ")" + x256 + R"("})")),
        {"metadata.someKey", "max_length", reden});
  }
}

TEST_CASE("KI-MD-003 metadata values: text, numbers as text; no blanks, null, other types") {
  SUBCASE("KI-MD-003 passing; numbers become text") {
    auto v = rules::validate<Klantcontact>(
        klantcontact(R"(, "metadata": {"aantal": 123, "factor": 2.5, "tekst": "123"})"));
    CHECK_FOUTEN(v.errors);
    REQUIRE(v.value.metadata.has_value());
    const auto& m = *v.value.metadata;
    REQUIRE(m.size() == 3);
    CHECK(m[0].second == "123");
    CHECK(m[1].second == "2.5");
    CHECK(m[2].second == "123");
  }
  SUBCASE("KI-MD-003 failing, every value reported in key order") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(
                     R"(, "metadata": {"leeg": "", "spaties": "  ", "niets": null, "waar": true,
                              "object": {"a": 1}, "lijst": ["a"], "goed": "ja"})")),
                 {"metadata.leeg", "blank", "Dit veld mag niet leeg zijn."},
                 {"metadata.spaties", "blank", "Dit veld mag niet leeg zijn."},
                 {"metadata.niets", "null", "Dit veld mag niet leeg zijn."},
                 {"metadata.waar", "invalid", "Not a valid string."},
                 {"metadata.object", "invalid", "Not a valid string."},
                 {"metadata.lijst", "invalid", "Not a valid string."});
  }
  SUBCASE("KI-MD-003 metadata errors come together with other field errors") {
    CHECK_FOUTEN(fouten<Klantcontact>(R"({"kanaal": "telefoon", "onderwerp": "",
                                          "taal": "nld", "vertrouwelijk": false,
                                          "metadata": {"Betreft": ""}})"),
                 {"onderwerp", "blank", "Dit veld mag niet leeg zijn."},
                 {"metadata._betreft", "blank", "Dit veld mag niet leeg zijn."});
  }
}

TEST_CASE("KI-MD-004 metadata keys: parsed camel->snake, error names camelized") {
  SUBCASE("KI-MD-004 keys that survive the round trip and keys that do not are accepted") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(
        R"(, "metadata": {"Betreft": "a", "someKey": "b", "betreft": "c", "some_key": "d",
                          "BETREFT": "e", "HTTPCode": "f", "zaak_id": "g", "zaak-id": "h"})")));
  }
  SUBCASE("KI-MD-004 names after request-key parsing (§0.1 C.13)") {
    CHECK_FOUTEN(fouten<Klantcontact>(klantcontact(
                     R"(, "metadata": {"BETREFT": "", "HTTPCode": "", "Key1": "", "kvk2": "",
                                       "zaak-id": "", "Zaak_ID": "", "userID": ""})")),
                 {"metadata.betreft", "blank", ""}, {"metadata.httpCode", "blank", ""},
                 {"metadata._key_1", "blank", ""}, {"metadata.kvk_2", "blank", ""},
                 {"metadata.zaak-id", "blank", ""}, {"metadata._zaakId", "blank", ""},
                 {"metadata.userId", "blank", ""});
  }
  SUBCASE("KI-MD-004 two keys that parse alike: the last one is validated (§0.3)") {
    CHECK_FOUTEN(fouten<Klantcontact>(
        klantcontact(R"(, "metadata": {"someKey": "", "some_key": "gevuld"})")));
    CHECK_FOUTEN(fouten<Klantcontact>(
                     klantcontact(R"(, "metadata": {"some_key": "gevuld", "someKey": " "})")),
                 {"metadata.someKey", "blank", "Dit veld mag niet leeg zijn."});
  }
}

// ---- strict profile for a klantcontact ----------------------------------------

TEST_CASE("KI-KC-003 strict profile: strict_taalcode, taal as ISO 639-2") {
  for (std::string_view taal : {"nld", "dut", "eng", "fry"}) {
    CAPTURE(taal);
    const std::string body = R"({"kanaal": "telefoon", "onderwerp": "Melding", "taal": ")" +
                             std::string(taal) + R"(", "vertrouwelijk": false})";
    CHECK_FOUTEN(fouten<Klantcontact>(body, strict()));
    CHECK_FOUTEN(fouten<Klantcontact>(body));
  }
  for (std::string_view taal : {"nl", "ndl", "de", "zzz"}) {
    CAPTURE(taal);
    const std::string body = R"({"kanaal": "telefoon", "onderwerp": "Melding", "taal": ")" +
                             std::string(taal) + R"(", "vertrouwelijk": false})";
    CHECK_FOUTEN(fouten<Klantcontact>(body));  // KI-KC-003: not enforced by default
    CHECK_FOUTEN(fouten<Klantcontact>(body, strict()),
                 {"taal", "strict_taalcode",
                  "Geen ISO 639-2 taalcode: " + std::string(taal) + " (bijvoorbeeld nld)."});
  }
  // Also inside maak-klantcontact.
  CHECK_FOUTEN(
      fouten<MaakKlantcontact>(
          R"({"klantcontact": {"kanaal": "telefoon", "onderwerp": "Vraag", "taal": "nl", "vertrouwelijk": false}})",
          strict()),
      {"klantcontact.taal", "strict_taalcode", ""});
}

TEST_CASE("strict profile: strict_tijdzone for plaatsgevondenOp without offset (KI-GEN-012)") {
  const std::string tekst =
      "Datum-tijd zonder tijdzone: geef een offset of Z op (YYYY-MM-DDThh:mm:ss[.uuuuuu]+HH:MM).";
  for (std::string_view t : {"2019-08-24T14:15:22Z", "2023-03-01T10:00:00+01:00",
                             "2025-06-02 14:05:09+02:00", "2025-06-02T14:05:09.5-03:30"}) {
    CAPTURE(t);
    const std::string body = klantcontact(R"(, "plaatsgevondenOp": ")" + std::string(t) + "\"");
    CHECK_FOUTEN(fouten<Klantcontact>(body, strict()));
    CHECK_FOUTEN(fouten<Klantcontact>(body));
  }
  for (std::string_view t : {"2025-06-02T14:05:09", "2025-06-02 14:05", "2025-06-02"}) {
    CAPTURE(t);
    const std::string body = klantcontact(R"(, "plaatsgevondenOp": ")" + std::string(t) + "\"");
    CHECK_FOUTEN(fouten<Klantcontact>(body));  // Open Klant takes it in its own time zone
    CHECK_FOUTEN(fouten<Klantcontact>(body, strict()),
                 {"plaatsgevondenOp", "strict_tijdzone", tekst});
  }
  // A PATCH is judged alike.
  CHECK_FOUTEN(fouten<Klantcontact>(R"({"plaatsgevondenOp": "2025-06-02T14:05:09"})",
                                    strict(Modus::partial)),
               {"plaatsgevondenOp", "strict_tijdzone", tekst});
}

TEST_CASE("KI-MD-005 strict profile: strict_metadata, only text values") {
  SUBCASE("KI-MD-005 not applied by default; failing in the strict profile") {
    const std::string body = klantcontact(R"(, "metadata": {"aantal": 123, "factor": 2.5})");
    CHECK_FOUTEN(fouten<Klantcontact>(body));  // KI-MD-003: the API accepts numbers
    CHECK_FOUTEN(fouten<Klantcontact>(body, strict()),
                 {"metadata", "strict_metadata",
                  "Alle values moeten strings zijn. Key 'aantal' heeft type int."},
                 {"metadata", "strict_metadata",
                  "Alle values moeten strings zijn. Key 'factor' heeft type float."});
  }
  SUBCASE("KI-MD-005 passing in the strict profile: text values") {
    CHECK_FOUTEN(
        fouten<Klantcontact>(klantcontact(R"(, "metadata": {"aantal": "123"})"), strict()));
  }
}

// ---- KI-MK -------------------------------------------------------------------

namespace {

constexpr std::string_view maak_volledig = R"({
  "klantcontact": {
    "kanaal": "balie",
    "onderwerp": "Verhuizing doorgeven",
    "inhoud": "Meneer Van der Berg verhuist per 1 april naar Utrecht.",
    "indicatieContactGelukt": true,
    "taal": "nld",
    "vertrouwelijk": false,
    "plaatsgevondenOp": "2024-03-05T08:10:00.250000Z"
  },
  "betrokkene": {
    "wasPartij": {"uuid": "afb0c1d2-e3f4-4051-826d-7e8f9a0b1c23"},
    "bezoekadres": {
      "nummeraanduidingId": "0344200000169329", "straatnaam": "Stadsplateau", "huisnummer": 1,
      "huisnummertoevoeging": "A", "postcode": "3521 AZ", "stad": "Utrecht",
      "adresregel1": "", "adresregel2": "", "adresregel3": "", "land": "NL"
    },
    "correspondentieadres": null,
    "contactnaam": {"voorletters": "J.P.", "voornaam": "Jan", "voorvoegselAchternaam": "van der", "achternaam": "Berg"},
    "rol": "klant",
    "organisatienaam": "",
    "initiator": true
  },
  "onderwerpobject": {
    "wasKlantcontact": null,
    "onderwerpobjectidentificator": {
      "objectId": "999993653", "codeObjecttype": "INGESCHREVEN NATUURLIJK PERSOON",
      "codeRegister": "BRP", "codeSoortObjectId": "Burgerservicenummer"
    }
  }
})";

constexpr std::string_view kc_ok =
    R"("klantcontact": {"kanaal": "telefoon", "onderwerp": "Vraag", "taal": "nld", "vertrouwelijk": false})";

std::string maak(std::string_view rest = {}) {
  return "{" + std::string(kc_ok) + std::string(rest) + "}";
}

}  // namespace

TEST_CASE("KI-MK-001 klantcontact required; betrokkene and onderwerpobject optional") {
  SUBCASE("KI-MK-001 passing") {
    CHECK_FOUTEN(fouten<MaakKlantcontact>(maak_volledig));
    CHECK_FOUTEN(fouten<MaakKlantcontact>(maak()));
  }
  SUBCASE("KI-MK-001 failing") {
    CHECK_FOUTEN(fouten<MaakKlantcontact>("{}"),
                 {"klantcontact", "required", "Dit veld is vereist."});
    CHECK_FOUTEN(fouten<MaakKlantcontact>(R"({"betrokkene": {"rol": "klant", "initiator": true}})"),
                 {"klantcontact", "required", "Dit veld is vereist."});
    CHECK_FOUTEN(fouten<MaakKlantcontact>(R"({"klantcontact": {}})"),
                 {"klantcontact.kanaal", "required", "Dit veld is vereist."},
                 {"klantcontact.onderwerp", "required", "Dit veld is vereist."},
                 {"klantcontact.taal", "required", "Dit veld is vereist."},
                 {"klantcontact.vertrouwelijk", "required", "Dit veld is vereist."});
  }
}

TEST_CASE("KI-MK-002 read-only and ignored parts of betrokkene and onderwerpobject") {
  SUBCASE("KI-MK-002 hadKlantcontact and klantcontact ignored even when invalid") {
    CHECK_FOUTEN(fouten<MaakKlantcontact>(maak(
        R"(, "betrokkene": {"hadKlantcontact": "foobar", "rol": "klant", "initiator": true},
            "onderwerpobject": {"klantcontact": "foobar", "wasKlantcontact": null})")));
    CHECK_FOUTEN(fouten<MaakKlantcontact>(maak(
        R"(, "betrokkene": {"hadKlantcontact": {"uuid": "nope"}, "rol": "klant", "initiator": false})")));
  }
  SUBCASE("KI-MK-002 betrokkene.partij is ignored, wasPartij is validated") {
    CHECK_FOUTEN(fouten<MaakKlantcontact>(
        maak(R"(, "betrokkene": {"partij": "x", "rol": "klant", "initiator": true})")));
    CHECK_FOUTEN(
        fouten<MaakKlantcontact>(maak(
            R"(, "betrokkene": {"wasPartij": "incorrect", "rol": "klant", "initiator": true})")),
        {"betrokkene.wasPartij.nonFieldErrors", "invalid",
         "Ongeldige data. Verwacht een dictionary, kreeg een str."});
  }
  SUBCASE("KI-MK-002 outside maak-klantcontact hadKlantcontact is required and checked") {
    CHECK_FOUTEN(fouten<Betrokkene>(R"({"rol": "klant", "initiator": true})"),
                 {"hadKlantcontact", "required", "Dit veld is vereist."});
    CHECK_FOUTEN(
        fouten<Betrokkene>(R"({"hadKlantcontact": "foobar", "rol": "klant", "initiator": true})"),
        {"hadKlantcontact.nonFieldErrors", "invalid",
         "Ongeldige data. Verwacht een dictionary, kreeg een str."});
  }
}

TEST_CASE("KI-MK-003 error names prefixed with the part; Klantcontact rules apply") {
  SUBCASE("KI-MK-003 failing") {
    CHECK_FOUTEN(
        fouten<MaakKlantcontact>(
            R"({"klantcontact": {"kanaal": "telefoon", "onderwerp": "Vraag", "taal": "incorrect", "vertrouwelijk": false}})"),
        {"klantcontact.taal", "max_length",
         "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat."});
    CHECK_FOUTEN(
        fouten<MaakKlantcontact>(maak(
            R"(, "onderwerpobject": {"onderwerpobjectidentificator": {"objectId": true, "codeObjecttype": "zaak", "codeRegister": "open-zaak", "codeSoortObjectId": "uuid"}})")),
        {"onderwerpobject.onderwerpobjectidentificator.objectId", "invalid",
         "Not a valid string."});
    CHECK_FOUTEN(
        fouten<MaakKlantcontact>(
            R"({"klantcontact": {"kanaal": "telefoon", "onderwerp": "Vraag", "taal": "nld", "vertrouwelijk": false,
                               "metadata": {"Betreft": ""}}})"),
        {"klantcontact.metadata._betreft", "blank", "Dit veld mag niet leeg zijn."});
    CHECK_FOUTEN(
        fouten<MaakKlantcontact>(maak(
            R"(, "betrokkene": {"rol": "klant", "initiator": true, "bezoekadres": {"postcode": "1015CJ"}})")),
        {"betrokkene.bezoekadres.postcode", "invalid",
         "Postcode moet aan het volgende formaat voldoen: `1234 AB` (met spatie): 1015CJ"});
  }
  SUBCASE("KI-MK-003 passing: the same parts, valid") {
    CHECK_FOUTEN(fouten<MaakKlantcontact>(maak(
        R"(, "betrokkene": {"rol": "klant", "initiator": true, "bezoekadres": {"postcode": "1015 CJ"}},
          "onderwerpobject": {"onderwerpobjectidentificator": {"objectId": "Z-1", "codeObjecttype": "zaak", "codeRegister": "open-zaak", "codeSoortObjectId": "uuid"}})")));
  }
}

TEST_CASE("KI-MK-004 the parts are not nullable; a non-object part") {
  SUBCASE("KI-MK-004 null") {
    CHECK_FOUTEN(fouten<MaakKlantcontact>(R"({"klantcontact": null})"),
                 {"klantcontact", "null", "Dit veld mag niet leeg zijn."});
    CHECK_FOUTEN(fouten<MaakKlantcontact>(maak(R"(, "betrokkene": null)")),
                 {"betrokkene", "null", "Dit veld mag niet leeg zijn."});
    CHECK_FOUTEN(fouten<MaakKlantcontact>(maak(R"(, "onderwerpobject": null)")),
                 {"onderwerpobject", "null", "Dit veld mag niet leeg zijn."});
  }
  SUBCASE("KI-MK-004 not an object") {
    CHECK_FOUTEN(fouten<MaakKlantcontact>(R"({"klantcontact": "telefoon"})"),
                 {"klantcontact.nonFieldErrors", "invalid",
                  "Ongeldige data. Verwacht een dictionary, kreeg een str."});
    CHECK_FOUTEN(fouten<MaakKlantcontact>(maak(R"(, "betrokkene": [], "onderwerpobject": 1)")),
                 {"betrokkene.nonFieldErrors", "invalid",
                  "Ongeldige data. Verwacht een dictionary, kreeg een list."},
                 {"onderwerpobject.nonFieldErrors", "invalid",
                  "Ongeldige data. Verwacht een dictionary, kreeg een int."});
  }
  SUBCASE("KI-MK-004 omitting the optional parts is fine") {
    CHECK_FOUTEN(fouten<MaakKlantcontact>(maak()));
  }
}

TEST_CASE("KI-MK-005 the parts are validated independently and reported together") {
  SUBCASE("KI-MK-005 KI-KC-001 of klantcontact with field errors of betrokkene") {
    CHECK_FOUTEN(
        fouten<MaakKlantcontact>(
            R"({"klantcontact": {"kanaal": "telefoon", "onderwerp": "Vraag", "taal": "nld", "vertrouwelijk": false,
                                 "indicatieContactGelukt": true, "verdereActieOndernomen": true},
                "betrokkene": {"wasPartij": {"uuid": "afb0c1d2-e3f4-4051-826d-7e8f9a0b1c23"}},
                "onderwerpobject": {"wasKlantcontact": "x"}})"),
        {"klantcontact.nonFieldErrors", std::string(kc001), std::string(kc001_tekst)},
        {"betrokkene.rol", "required", "Dit veld is vereist."},
        {"betrokkene.initiator", "required", "Dit veld is vereist."},
        {"onderwerpobject.wasKlantcontact.nonFieldErrors", "invalid",
         "Ongeldige data. Verwacht een dictionary, kreeg een str."});
  }
  SUBCASE("KI-MK-005 errors in every part, in part order") {
    CHECK_FOUTEN(fouten<MaakKlantcontact>(
                     R"({"onderwerpobject": {"onderwerpobjectidentificator": {"objectId": []}},
                "betrokkene": {"rol": "Klant", "initiator": "waar"},
                "klantcontact": {"kanaal": "telefoon", "onderwerp": " ", "taal": "nld", "vertrouwelijk": false}})"),
                 {"klantcontact.onderwerp", "blank", "Dit veld mag niet leeg zijn."},
                 {"betrokkene.rol", "invalid_choice", "\"Klant\" is een ongeldige keuze."},
                 {"betrokkene.initiator", "invalid", "Must be a valid boolean."},
                 {"onderwerpobject.onderwerpobjectidentificator.objectId", "invalid",
                  "Not a valid string."});
  }
  SUBCASE("KI-MK-005 rol and initiator required inside betrokkene, hadKlantcontact not") {
    CHECK_FOUTEN(fouten<MaakKlantcontact>(maak(
        R"(, "betrokkene": {"rol": "vertegenwoordiger", "initiator": false, "organisatienaam": "Wereldwinkel 't kikkertje"})")));
  }
}
