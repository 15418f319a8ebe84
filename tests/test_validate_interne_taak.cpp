// KI-IT: InterneTaak on POST/PUT/PATCH /internetaken (validation.md §10,
// §0.4, KI-VNG-004): every rule that needs no stored data.

#include <doctest/doctest.h>

#include <string>

#include "validate_helpers.hpp"

using ki::InterneTaak;
using ki::rules::Modus;
using ki::test::fouten;
using ki::test::opties;
using namespace ki::test::teksten;

namespace {

const std::string kKlantcontact = R"({"uuid":"4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8"})";
const std::string kActorA = R"({"uuid":"6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e"})";
const std::string kActorB = R"({"uuid":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"})";

const std::string kBeide =
    "`toegewezen_aan_actor` en `toegewezen_aan_actoren` mag niet beiden gebruikt worden.";
const std::string kGeen =
    "`toegewezen_aan_actor` of `toegewezen_aan_actoren` is required (mag niet beiden "
    "gebruiken).";
const std::string kAfgehandeld =
    "De Internetaak kan geen afgehandeld op datum bevatten als de status niet op 'verwerkt' "
    "staat.";
const std::string kGeenGetal = "Voer een geldig geheel getal in.";

// A task body without actor keys; `extra` starts with a comma (or is empty).
std::string taak(const std::string& status, const std::string& extra = "") {
  return R"({"gevraagdeHandeling":"Terugbellen over de aanvraag van een parkeervergunning",)"
         R"("aanleidinggevendKlantcontact":)" +
         kKlantcontact + R"(,"status":")" + status + "\"" + extra + "}";
}
const std::string kActoren = R"(,"toegewezenAanActoren":[)" + kActorA + "," + kActorB + "]";
const std::string kActor = R"(,"toegewezenAanActor":)" + kActorA;

ki::InvalidParams it(const std::string& json, Modus modus = Modus::create) {
  return fouten<InterneTaak>(json, opties(modus));
}

}  // namespace

TEST_CASE("KI-IT-001: afgehandeldOp only with status verwerkt") {
  SUBCASE("KI-IT-001 pass") {
    CHECK_FOUTEN(it(taak("verwerkt", kActoren + R"(,"afgehandeldOp":"2024-01-01T01:00:00Z")")));
    CHECK_FOUTEN(it(taak("te_verwerken", kActoren + R"(,"afgehandeldOp":null)")));
    CHECK_FOUTEN(it(taak("verwerkt", kActoren + R"(,"afgehandeldOp":"2024-01-01T01:00:00Z")"),
                    Modus::update));
  }
  SUBCASE("KI-IT-001 fail: POST and PUT") {
    const std::string b =
        taak("te_verwerken", kActoren + R"(,"afgehandeldOp":"2024-01-01T01:00:00Z")");
    CHECK_FOUTEN(it(b), {"afgehandeldOp", "invalid", kAfgehandeld});
    CHECK_FOUTEN(it(b, Modus::update), {"afgehandeldOp", "invalid", kAfgehandeld});
  }
  SUBCASE("KI-IT-001 fail: PATCH with both") {
    CHECK_FOUTEN(it(R"({"status":"te_verwerken","afgehandeldOp":"2024-03-15T16:30:00+01:00"})",
                    Modus::partial),
                 {"afgehandeldOp", "invalid", kAfgehandeld});
  }
  SUBCASE("KI-IT-001: PATCH without status is judged against the stored status") {
    CHECK_FOUTEN(it(R"({"afgehandeldOp":"2024-03-15T16:30:00+01:00"})", Modus::partial));
  }
}

TEST_CASE("KI-IT-002: toegewezenAanActor and toegewezenAanActoren not both") {
  SUBCASE("KI-IT-002 pass: one of them") {
    CHECK_FOUTEN(it(taak("te_verwerken", kActor)));
    CHECK_FOUTEN(it(taak("te_verwerken", kActoren)));
  }
  SUBCASE("KI-IT-002 fail: both, with any method") {
    const std::string b = taak("te_verwerken", kActor + kActoren);
    CHECK_FOUTEN(it(b), {"nonFieldErrors", "invalid", kBeide});
    CHECK_FOUTEN(it(b, Modus::update), {"nonFieldErrors", "invalid", kBeide});
    CHECK_FOUTEN(it("{" + kActor.substr(1) + kActoren + "}", Modus::partial),
                 {"nonFieldErrors", "invalid", kBeide});
  }
  SUBCASE("KI-IT-002 fail: both, the list empty (present means the key)") {
    CHECK_FOUTEN(it(taak("te_verwerken", kActor + R"(,"toegewezenAanActoren":[])")),
                 {"nonFieldErrors", "invalid", kBeide});
  }
}

TEST_CASE("KI-IT-003: one of the actor keys on POST and PUT") {
  SUBCASE("KI-IT-003 pass: an empty list is a task without actors") {
    CHECK_FOUTEN(it(taak("te_verwerken", R"(,"toegewezenAanActoren":[])")));
  }
  SUBCASE("KI-IT-003 fail: neither key on POST or PUT") {
    CHECK_FOUTEN(it(taak("te_verwerken")), {"nonFieldErrors", "invalid", kGeen});
    CHECK_FOUTEN(it(taak("te_verwerken"), Modus::update), {"nonFieldErrors", "invalid", kGeen});
  }
  SUBCASE("KI-IT-003 pass: PATCH may omit both") {
    CHECK_FOUTEN(it(R"({"toelichting":"Burger wil na 17:00 gebeld worden."})", Modus::partial));
  }
}

TEST_CASE("KI-IT-004: afgehandeldOp is derived by the server, not an error") {
  SUBCASE("KI-IT-004: verwerkt without afgehandeldOp") {
    CHECK_FOUTEN(it(taak("verwerkt", kActoren)));
  }
  SUBCASE("KI-IT-004: te_verwerken without afgehandeldOp") {
    CHECK_FOUTEN(it(taak("te_verwerken", kActoren)));
  }
}

TEST_CASE("KI-IT-005: nummer and referentienummer are integer texts") {
  SUBCASE("KI-IT-005 pass") {
    CHECK_FOUTEN(
        it(taak("te_verwerken", kActoren + R"(,"nummer":"0000000042","referentienummer":"-42")")));
    CHECK_FOUTEN(it(taak("te_verwerken", kActoren + R"(,"nummer":null,"referentienummer":null)")));
  }
  SUBCASE("KI-IT-005 fail: both, in field order") {
    CHECK_FOUTEN(
        it(taak("te_verwerken", kActoren + R"(,"referentienummer":"12a","nummer":"IT-1")")),
        {"nummer", "invalid", kGeenGetal}, {"referentienummer", "invalid", kGeenGetal});
  }
}

TEST_CASE("KI-IT-006: order and phases of the InterneTaak rules") {
  SUBCASE("KI-IT-006: KI-IT-002 before KI-IT-001, only the first") {
    CHECK_FOUTEN(
        it(taak("te_verwerken", kActor + kActoren + R"(,"afgehandeldOp":"2024-01-01T01:00:00Z")")),
        {"nonFieldErrors", "invalid", kBeide});
  }
  SUBCASE("KI-IT-006: KI-IT-003 before KI-IT-001, only the first") {
    CHECK_FOUTEN(it(taak("te_verwerken", R"(,"afgehandeldOp":"2024-01-01T01:00:00Z")")),
                 {"nonFieldErrors", "invalid", kGeen});
  }
  SUBCASE("KI-IT-006: field errors and no actor key: only the field errors") {
    CHECK_FOUTEN(it(R"({"gevraagdeHandeling":" ","status":"gedaan"})"),
                 {"gevraagdeHandeling", "blank", kLeeg},
                 {"aanleidinggevendKlantcontact", "required", kVereist},
                 {"status", "invalid_choice", "\"gedaan\" is een ongeldige keuze."});
  }
  SUBCASE("KI-IT-006: a null actor key is a field error first") {
    CHECK_FOUTEN(it(taak("te_verwerken", R"(,"toegewezenAanActor":null)")),
                 {"toegewezenAanActor", "null", kLeeg});
    CHECK_FOUTEN(it(taak("te_verwerken", R"(,"toegewezenAanActoren":null)")),
                 {"toegewezenAanActoren", "null", kLeeg});
    CHECK_FOUTEN(it(taak("te_verwerken", kActor + R"(,"toegewezenAanActoren":null)")),
                 {"toegewezenAanActoren", "null", kLeeg});
  }
  SUBCASE("KI-IT-006: snake_case keys count as present (§0.3)") {
    CHECK_FOUTEN(it(taak("te_verwerken", R"(,"toegewezen_aan_actoren":[])")));
    CHECK_FOUTEN(it(taak("te_verwerken", kActor + R"(,"toegewezen_aan_actoren":[])")),
                 {"nonFieldErrors", "invalid", kBeide});
  }
}

TEST_CASE("KI-IT-007 / KI-VNG-004: a task without actors (NOT ENFORCED; strict_actor_vereist)") {
  const std::string zonder = taak("te_verwerken", R"(,"toegewezenAanActoren":[])");
  SUBCASE("KI-IT-007 default profile accepts it") { CHECK_FOUTEN(it(zonder)); }
  SUBCASE("KI-VNG-004 strict profile rejects it") {
    CHECK_FOUTEN(fouten<InterneTaak>(zonder, ki::test::strict()),
                 {"toegewezenAanActoren", "strict_actor_vereist", ""});
  }
  SUBCASE("KI-VNG-004 strict profile accepts an assigned task") {
    CHECK_FOUTEN(fouten<InterneTaak>(taak("te_verwerken", kActoren), ki::test::strict()));
    CHECK_FOUTEN(fouten<InterneTaak>(taak("te_verwerken", kActor), ki::test::strict()));
  }
  SUBCASE("KI-IT-007 strict: KI-IT-001 comes first") {
    CHECK_FOUTEN(fouten<InterneTaak>(
                     taak("te_verwerken",
                          R"(,"toegewezenAanActoren":[],"afgehandeldOp":"2024-01-01T01:00:00Z")"),
                     ki::test::strict()),
                 {"afgehandeldOp", "invalid", kAfgehandeld});
  }
}

TEST_CASE("afgehandeldOp without time zone: accepted by default, strict_tijdzone when strict") {
  const std::string naief =
      taak("verwerkt", kActoren + R"(,"afgehandeldOp":"2024-01-01T10:00:00")");
  SUBCASE("KI-IT-001 default profile: a naive date-time is accepted (KI-GEN-012)") {
    CHECK_FOUTEN(it(naief));
  }
  SUBCASE("KI-IT-001 strict profile: strict_tijdzone") {
    CHECK_FOUTEN(fouten<InterneTaak>(naief, ki::test::strict()),
                 {"afgehandeldOp", "strict_tijdzone", ""});
    CHECK_FOUTEN(fouten<InterneTaak>(
        taak("verwerkt", kActoren + R"(,"afgehandeldOp":"2024-01-01T10:00:00+01:00")"),
        ki::test::strict()));
  }
}
