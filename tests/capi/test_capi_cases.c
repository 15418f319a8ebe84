/* The VNG cases over the C ABI (ki_register_case): C9018 whole and step by
 * step in its variants, C0992, C9167, the interne taken (C2984, C9708,
 * C2716), and every error path: NULL arguments, an unknown step, malformed
 * JSON, an invalid input document, an unknown uuid, and all-or-nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "json_hulp.h"
#include "klantinteracties.h"

static const char* const ONBEKEND = "00000000-0000-4000-8000-000000000000";
static const char* const AANVRAAG = "7d2f9f7c-1b7e-4d8e-9b61-1f0b3f6a2c11";
static const char* const GESPREK =
    "{\"onderwerp\":\"Productaanvraag\",\"inhoud\":\"Parkeervergunning aangevraagd.\","
    "\"plaatsgevondenOp\":\"2023-03-01T10:00:00+01:00\"}";

/* The register every test starts from: a medewerker, a team and a known
 * partij (BSN 296648875) with a phone number as voorkeur. */
struct omgeving {
  ki_register* reg;
  char medewerker[37], team[37], partij[37];
};

static void opzetten(struct omgeving* o) {
  char* out = NULL;
  CHECK_STATUS(ki_register_new(&o->reg, "{\"base_url\":\"https://openklant.example.nl\"}"), KI_OK);
  CHECK_STATUS(create_uuid(o->reg, "Actor",
                           "{\"naam\":\"Fatima Yilmaz\",\"soortActor\":\"medewerker\","
                           "\"indicatieActief\":true,\"actorIdentificatie\":{\"functie\":\"KCC\","
                           "\"emailadres\":\"f.yilmaz@gemeente.example.nl\","
                           "\"telefoonnummer\":\"0701234567\"}}",
                           o->medewerker),
               KI_OK);
  CHECK_STATUS(
      create_uuid(o->reg, "Actor",
                  "{\"naam\":\"Team Parkeren\",\"soortActor\":\"organisatorische_eenheid\","
                  "\"indicatieActief\":true,\"actorIdentificatie\":{\"omschrijving\":"
                  "\"Parkeervergunningen\",\"emailadres\":\"parkeren@gemeente.example.nl\","
                  "\"telefoonnummer\":\"0707654321\"}}",
                  o->team),
      KI_OK);
  CHECK_STATUS(ki_register_case(&out, o->reg, "registreer_partij",
                                "{\"partij\":{\"contactnaam\":{\"voornaam\":\"Anna\","
                                "\"achternaam\":\"Jansen\"},\"bsn\":\"296648875\","
                                "\"digitaleAdressen\":[{\"soortDigitaalAdres\":\"telefoonnummer\","
                                "\"adres\":\"0687654321\",\"isStandaardAdres\":true}],"
                                "\"voorkeursDigitaalAdres\":0}}"),
               KI_OK);
  member_uuid(out, "partij", o->partij);
  CHECK_CONTAINS(out, "\"partijIdentificatoren\":[{\"uuid\":");
  CHECK_CONTAINS(out, "\"objectId\":\"296648875\"");
  CHECK_CONTAINS(out, "\"digitaleAdressen\":[{\"uuid\":");
  ki_free(out);
}

static char* run(struct omgeving* o, const char* step, const char* input, int expected) {
  char* out = NULL;
  CHECK_STATUS(ki_register_case(&out, o->reg, step, input), expected);
  return out;
}

static void test_c9018_variants(void) {
  struct omgeving o;
  char input[2048], *out, kc[37];
  opzetten(&o);

  /* A: the klant is known as a partij */
  snprintf(input, sizeof input,
           "{\"medewerker\":\"%s\",\"klantcontact\":%s,\"klant\":{\"variant\":\"bekend\","
           "\"partij\":\"%s\"},\"productaanvraag\":\"%s\",\"zaak\":{\"zaak\":\"%s\"}}",
           o.medewerker, GESPREK, o.partij, AANVRAAG, AANVRAAG);
  out = run(&o, "c9018", input, KI_OK);
  CHECK(out && strncmp(out, "{\"klantcontact\":{\"uuid\":", 24) == 0);
  CHECK_CONTAINS(out, "\"betrokkene\":{\"uuid\":");
  CHECK(strstr(out, "\"partij\":") == NULL);
  CHECK(strstr(out, "\"digitaleAdressen\":[{") == NULL); /* the betrokkene's: [] */
  CHECK(strstr(out, "\"interneTaak\":") == NULL);
  CHECK_CONTAINS(out, "\"bijlage\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"codeObjecttype\":\"productaanvraag\"");
  CHECK_CONTAINS(out, "\"onderwerpobject\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"codeRegister\":\"open-zaak\"");
  CHECK_CONTAINS(out, "\"actoren\":[{\"uuid\":");
  CHECK_CONTAINS(out, o.partij); /* wasPartij */
  CHECK_CONTAINS(out, "\"plaatsgevondenOp\":\"2023-03-01T10:00:00+01:00\"");
  ki_free(out);

  /* B1: a new partij, and variant D (interne taak for the team) */
  snprintf(input, sizeof input,
           "{\"medewerker\":\"%s\",\"klantcontact\":%s,\"klant\":{\"variant\":\"nieuwe-partij\","
           "\"partij\":{\"contactnaam\":{\"voorletters\":\"J\",\"voornaam\":\"Jan\","
           "\"voorvoegselAchternaam\":\"de\",\"achternaam\":\"Vries\"},\"bsn\":\"999990019\","
           "\"bezoekadres\":{\"straatnaam\":\"Spui\",\"huisnummer\":70,\"postcode\":\"2511 BT\","
           "\"stad\":\"Den Haag\",\"land\":\"NL\"},"
           "\"digitaleAdressen\":[{\"soortDigitaalAdres\":\"telefoonnummer\",\"adres\":"
           "\"0612345678\",\"omschrijving\":\"Mobiel\",\"isStandaardAdres\":true},"
           "{\"soortDigitaalAdres\":\"email\",\"adres\":\"jan@example.nl\"}],"
           "\"voorkeursDigitaalAdres\":0}},\"productaanvraag\":{\"objectId\":\"%s\","
           "\"codeObjecttype\":\"productaanvraag\",\"codeSoortObjectId\":\"uuid\","
           "\"codeRegister\":\"objecten\"},\"interneTaak\":{\"gevraagdeHandeling\":"
           "\"Aanmaken zaak\",\"toegewezenAanActoren\":[\"%s\"]}}",
           o.medewerker, GESPREK, AANVRAAG, o.team);
  out = run(&o, "c9018", input, KI_OK);
  CHECK_CONTAINS(out, "\"partij\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"partijIdentificatoren\":[{\"uuid\":");
  CHECK_CONTAINS(out, "\"objectId\":\"999990019\"");
  CHECK(count_of(out, "\"soortDigitaalAdres\":") == 2);
  CHECK_CONTAINS(out, "\"interneTaak\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"status\":\"te_verwerken\"");
  CHECK(strstr(out, "\"onderwerpobject\":") == NULL);
  CHECK_CONTAINS(out, o.team);
  ki_free(out);

  /* B2: contact data for this request only, given to the zaak */
  snprintf(input, sizeof input,
           "{\"medewerker\":\"%s\",\"klantcontact\":%s,\"klant\":{\"variant\":"
           "\"alleen-contactgegevens\",\"contactnaam\":{\"voornaam\":\"Karel\","
           "\"voorvoegselAchternaam\":\"van\",\"achternaam\":\"Deurne\"},\"digitaleAdressen\":"
           "[{\"soortDigitaalAdres\":\"telefoonnummer\",\"adres\":\"0612345678\"}]},"
           "\"productaanvraag\":\"%s\",\"zaak\":{\"zaak\":\"%s\","
           "\"contactgegevensAlleenVoorZaak\":true}}",
           o.medewerker, GESPREK, AANVRAAG, AANVRAAG);
  out = run(&o, "c9018", input, KI_OK);
  CHECK_CONTAINS(out, "\"wasPartij\":null");
  CHECK_CONTAINS(out, "\"digitaleAdressen\":[{\"uuid\":");
  CHECK_CONTAINS(out,
                 "\"zaakrol\":{\"contactpersoonRol\":{\"telefoonnummer\":\"0612345678\","
                 "\"naam\":\"Karel van Deurne\"}}");
  member_uuid(out, "klantcontact", kc);
  ki_free(out);
  CHECK_STATUS(ki_register_get(&out, o.reg, "klantcontacten", kc, NULL), KI_OK);
  ki_free(out);
  ki_register_free(o.reg);
}

static void test_c9018_steps(void) {
  struct omgeving o;
  char input[1024], *out, kc[37];
  opzetten(&o);

  snprintf(input, sizeof input, "{\"medewerker\":\"%s\",\"klantcontact\":%s}", o.medewerker,
           GESPREK);
  out = run(&o, "registreer_klantcontact", input, KI_OK);
  member_uuid(out, "klantcontact", kc);
  CHECK_CONTAINS(out, "\"actorKlantcontact\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"kanaal\":\"telefoon\"");
  ki_free(out);

  out = run(&o, "zoek_partij", "{\"bsn\":\"296648875\"}", KI_OK);
  CHECK_CONTAINS(out, o.partij);
  ki_free(out);
  out = run(&o, "zoek_partij", "{\"digitaalAdres\":\"0687654321\"}", KI_OK);
  CHECK_CONTAINS(out, o.partij);
  ki_free(out);
  out = run(&o, "ZOEK_PARTIJ", "{\"bsn\":\"999990019\"}", KI_OK);
  CHECK_STR(out, "{\"partij\":null}");
  ki_free(out);
  out = run(&o, "zoek_partij", "{}", KI_EINVALID);
  CHECK_CONTAINS(out, "\"name\":\"nonFieldErrors\"");
  ki_free(out);

  snprintf(input, sizeof input,
           "{\"klantcontact\":\"%s\",\"klant\":{\"variant\":\"bekend\",\"partij\":\"%s\","
           "\"digitaleAdressen\":[{\"soortDigitaalAdres\":\"email\",\"adres\":\"a@example.nl\"}]}}",
           kc, o.partij);
  out = run(&o, "registreer_klant", input, KI_OK);
  CHECK(out && strncmp(out, "{\"betrokkene\":{\"uuid\":", 22) == 0);
  CHECK_CONTAINS(out, "\"digitaleAdressen\":[{\"uuid\":");
  CHECK(strstr(out, "\"partij\":{") == NULL);
  ki_free(out);

  snprintf(input, sizeof input, "{\"klantcontact\":\"%s\",\"productaanvraag\":\"%s\"}", kc,
           AANVRAAG);
  out = run(&o, "registreer_bijlage", input, KI_OK);
  CHECK_CONTAINS(out, "\"bijlage\":{\"uuid\":");
  CHECK_CONTAINS(out, AANVRAAG);
  ki_free(out);

  snprintf(input, sizeof input,
           "{\"klantcontact\":\"%s\",\"interneTaak\":{\"gevraagdeHandeling\":\"Zaak aanmaken\","
           "\"toelichting\":\"Zie bijlage\",\"toegewezenAanActoren\":[\"%s\"]}}",
           kc, o.team);
  out = run(&o, "registreer_interne_taak", input, KI_OK);
  CHECK_CONTAINS(out, "\"interneTaak\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"gevraagdeHandeling\":\"Zaak aanmaken\"");
  ki_free(out);

  snprintf(input, sizeof input,
           "{\"klantcontact\":\"%s\",\"zaak\":{\"zaak\":{\"objectId\":"
           "\"Z-1\",\"codeObjecttype\":\"zaak\",\"codeSoortObjectId\":\"identificatie\","
           "\"codeRegister\":\"open-zaak\"}}}",
           kc);
  out = run(&o, "koppel_zaak", input, KI_OK);
  CHECK_CONTAINS(out, "\"onderwerpobject\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"objectId\":\"Z-1\"");
  ki_free(out);

  snprintf(input, sizeof input,
           "{\"klantcontact\":\"%s\",\"betrokkene\":{\"contactnaam\":{\"achternaam\":\"Bakker\"},"
           "\"rol\":\"vertegenwoordiger\",\"initiator\":false,\"digitaleAdressen\":"
           "[{\"soortDigitaalAdres\":\"overig\",\"adres\":\"@bakker\"}]}}",
           kc);
  out = run(&o, "registreer_betrokkene", input, KI_OK);
  CHECK_CONTAINS(out, "\"rol\":\"vertegenwoordiger\"");
  CHECK_CONTAINS(out, "\"digitaleAdressen\":[{\"uuid\":");
  ki_free(out);
  ki_register_free(o.reg);
}

static void test_c0992_c9167(void) {
  struct omgeving o;
  char input[1024], *out, taak[37], kc[37];
  opzetten(&o);

  snprintf(input, sizeof input, "{\"medewerker\":\"%s\",\"klantcontact\":%s}", o.medewerker,
           GESPREK);
  out = run(&o, "c0992", input, KI_OK);
  CHECK_STR(out, "{\"geregistreerd\":false}");
  ki_free(out);
  CHECK_STATUS(ki_register_list(&out, o.reg, "klantcontacten", NULL), KI_OK);
  CHECK_CONTAINS(out, "\"count\":0");
  ki_free(out);
  snprintf(input, sizeof input,
           "{\"medewerker\":\"%s\",\"klantcontact\":%s,\"klant\":{\"variant\":\"bekend\","
           "\"partij\":\"%s\"}}",
           o.medewerker, GESPREK, o.partij);
  out = run(&o, "c0992", input, KI_OK);
  {
    const char* begin = "{\"geregistreerd\":true,\"klantcontact\":{";
    CHECK(out && strncmp(out, begin, strlen(begin)) == 0);
  }
  CHECK_CONTAINS(out, "\"betrokkene\":{");
  ki_free(out);

  snprintf(input, sizeof input,
           "{\"medewerker\":\"%s\",\"klantcontact\":%s,\"terugbelverzoek\":{\"gevraagdeHandeling\":"
           "\"Terugbellen\",\"toegewezenAanActoren\":[\"%s\"]},\"klant\":{\"variant\":"
           "\"alleen-contactgegevens\",\"contactnaam\":{\"achternaam\":\"Deurne\"},"
           "\"digitaleAdressen\":[{\"soortDigitaalAdres\":\"telefoonnummer\",\"adres\":"
           "\"0612345678\"}]}}",
           o.medewerker, GESPREK, o.team);
  out = run(&o, "c9167", input, KI_OK);
  member_uuid(out, "interneTaak", taak);
  member_uuid(out, "klantcontact", kc);
  CHECK_CONTAINS(out, "\"gevraagdeHandeling\":\"Terugbellen\"");
  CHECK_CONTAINS(out, "\"digitaleAdressen\":[{");
  ki_free(out);

  /* the interne taken of the team, the contact data, the call-back */
  snprintf(input, sizeof input, "{\"actor\":\"%s\"}", o.team);
  out = run(&o, "open_interne_taken", input, KI_OK);
  CHECK_CONTAINS(out, taak);
  ki_free(out);
  snprintf(input, sizeof input, "{\"klantcontact\":\"%s\"}", kc);
  out = run(&o, "contactgegevens", input, KI_OK);
  CHECK_CONTAINS(out, "\"telefoonnummer\":\"0612345678\"");
  CHECK_CONTAINS(out, "\"partij\":null");
  CHECK_CONTAINS(out, "\"vanPartij\":false");
  ki_free(out);
  snprintf(input, sizeof input, "{\"interneTaak\":\"%s\",\"toelichting\":\"Teruggebeld.\"}", taak);
  out = run(&o, "c2984", input, KI_OK);
  CHECK_CONTAINS(out, "\"status\":\"verwerkt\"");
  CHECK_CONTAINS(out, "\"contactgegevens\":{\"naam\":");
  CHECK_CONTAINS(out, "\"telefoonnummer\":\"0612345678\"");
  ki_free(out);
  snprintf(input, sizeof input, "{\"actor\":\"%s\"}", o.team);
  out = run(&o, "open_interne_taken", input, KI_OK);
  CHECK_STR(out, "{\"interneTaken\":[]}");
  ki_free(out);
  /* an unknown task */
  snprintf(input, sizeof input, "{\"interneTaak\":\"%s\"}", ONBEKEND);
  out = run(&o, "c2984", input, KI_ENOTFOUND);
  CHECK_CONTAINS(out, "not_found");
  ki_free(out);
  ki_register_free(o.reg);
}

/* A task for the team on a klantcontact of the known partij. */
static void taak_voor_team(struct omgeving* o, char taak[37]) {
  char input[1024], *out;
  snprintf(input, sizeof input,
           "{\"medewerker\":\"%s\",\"klantcontact\":%s,\"terugbelverzoek\":{\"gevraagdeHandeling\":"
           "\"Vraag beantwoorden\",\"toegewezenAanActoren\":[\"%s\"]},\"klant\":{\"variant\":"
           "\"bekend\",\"partij\":\"%s\"}}",
           o->medewerker, GESPREK, o->team, o->partij);
  out = run(o, "c9167", input, KI_OK);
  member_uuid(out, "interneTaak", taak);
  ki_free(out);
}

static void test_interne_taken(void) {
  struct omgeving o;
  char input[1024], *out, taak[37];
  opzetten(&o);

  taak_voor_team(&o, taak);
  snprintf(input, sizeof input,
           "{\"interneTaak\":\"%s\",\"medewerker\":\"%s\",\"antwoord\":{\"onderwerp\":\"Antwoord\","
           "\"inhoud\":\"Zo zit het.\"},\"vervolgtaak\":{\"gevraagdeHandeling\":\"Controleren\","
           "\"toegewezenAanActoren\":[\"%s\"]}}",
           taak, o.medewerker, o.team);
  out = run(&o, "c9708", input, KI_OK);
  CHECK_CONTAINS(out, "\"status\":\"verwerkt\"");
  CHECK_CONTAINS(out, "\"klantcontact\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"betrokkenen\":[{\"uuid\":");
  CHECK_CONTAINS(out, "\"onderwerpobject\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"vervolgtaak\":{\"uuid\":");
  ki_free(out);

  taak_voor_team(&o, taak);
  snprintf(input, sizeof input,
           "{\"interneTaak\":\"%s\",\"medewerker\":\"%s\",\"zaak\":\"%s\","
           "\"toelichting\":\"Zaak aangemaakt.\"}",
           taak, o.medewerker, AANVRAAG);
  out = run(&o, "C2716", input, KI_OK);
  CHECK_CONTAINS(out, "\"zaakOnderwerpobject\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"toelichting\":\"Zaak aangemaakt.\"");
  CHECK_CONTAINS(out, "\"betrokkenen\":[]");
  ki_free(out);

  taak_voor_team(&o, taak);
  snprintf(input, sizeof input, "{\"interneTaak\":\"%s\"}", taak);
  out = run(&o, "rond_taak_af", input, KI_OK);
  CHECK_CONTAINS(out, "\"status\":\"verwerkt\"");
  ki_free(out);
  /* c2716 without a zaak, c9708 without an answer: nothing changes */
  taak_voor_team(&o, taak);
  snprintf(input, sizeof input, "{\"interneTaak\":\"%s\",\"medewerker\":\"%s\"}", taak,
           o.medewerker);
  out = run(&o, "c2716", input, KI_EINVALID);
  CHECK_CONTAINS(out, "\"name\":\"zaak\"");
  ki_free(out);
  out = run(&o, "c9708", input, KI_EINVALID);
  CHECK_CONTAINS(out, "\"name\":\"antwoord\"");
  ki_free(out);
  ki_register_free(o.reg);
}

static void test_errors(void) {
  struct omgeving o;
  char input[1024], *out = NULL, *voor = NULL, *na = NULL;
  opzetten(&o);

  /* NULL arguments, an unknown step, bad text */
  CHECK_STATUS(ki_register_case(NULL, o.reg, "c9018", "{}"), KI_EINVAL);
  CHECK_STATUS(ki_register_case(&out, NULL, "c9018", "{}"), KI_EINVAL);
  CHECK_STATUS(ki_register_case(&out, o.reg, NULL, "{}"), KI_EINVAL);
  CHECK_STATUS(ki_register_case(&out, o.reg, "c9018", NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_case(&out, o.reg, "c9999", "{}"), KI_EINVAL);
  CHECK_CONTAINS(ki_last_error(), "c9999");
  CHECK_STATUS(ki_register_case(&out, o.reg, "c9018", "{\"x\":\"\xed\xa0\x80\"}"), KI_EINVAL);
  CHECK_STATUS(ki_register_case(&out, o.reg,
                                "c90\xc0\xb0"
                                "18",
                                "{}"),
               KI_EINVAL);
  {
    size_t previous = 0;
    CHECK_STATUS(ki_set_input_limit(&previous, 8), KI_OK);
    CHECK_STATUS(ki_register_case(&out, o.reg, "zoek_partij", "{\"bsn\":\"296648875\"}"),
                 KI_EINVAL);
    CHECK_CONTAINS(ki_last_error(), "input limit");
    CHECK_STATUS(ki_set_input_limit(NULL, previous), KI_OK);
  }
  CHECK(out == NULL);

  /* malformed JSON */
  out = run(&o, "c9018", "{\"medewerker\":", KI_EPARSE);
  CHECK_CONTAINS(out, "\"code\":\"parse_error\"");
  CHECK_CONTAINS(out, "\"type\":\"https://openklant.example.nl/ref/fouten/ValidationError/\"");
  ki_free(out);

  /* an invalid input document: every problem named by its path */
  out = run(&o, "c9018", "[]", KI_EINVALID);
  CHECK_CONTAINS(out, "\"name\":\"nonFieldErrors\"");
  ki_free(out);
  out = run(&o, "c9018",
            "{\"medewerker\":\"geen-uuid\",\"klantcontact\":{\"onderwerp\":1,\"extra\":true},"
            "\"klant\":{\"variant\":\"onbekend\"},\"zaak\":{},\"wat\":0}",
            KI_EINVALID);
  CHECK_CONTAINS(out,
                 "{\"name\":\"medewerker\",\"code\":\"invalid\",\"reason\":\"Must be a valid "
                 "UUID.\"}");
  CHECK_CONTAINS(out, "\"name\":\"klantcontact.onderwerp\"");
  CHECK_CONTAINS(out, "{\"name\":\"klantcontact.extra\",\"code\":\"unknown\"");
  CHECK_CONTAINS(out, "{\"name\":\"klant.variant\",\"code\":\"invalid_choice\"");
  CHECK_CONTAINS(out, "{\"name\":\"productaanvraag\",\"code\":\"required\"");
  CHECK_CONTAINS(out, "{\"name\":\"zaak.zaak\",\"code\":\"required\"");
  CHECK_CONTAINS(out, "{\"name\":\"wat\",\"code\":\"unknown\"");
  ki_free(out);
  snprintf(input, sizeof input,
           "{\"klantcontact\":\"%s\",\"klant\":{\"variant\":\"nieuwe-partij\",\"partij\":{"
           "\"contactnaam\":{\"achternaam\":\"X\"},\"digitaleAdressen\":[{\"soortDigitaalAdres\":"
           "\"fax\",\"adres\":\"1\"}],\"partijIdentificatoren\":[{\"codeRegister\":7}]}}}",
           ONBEKEND);
  out = run(&o, "registreer_klant", input, KI_EINVALID);
  CHECK_CONTAINS(out, "\"name\":\"klant.partij.digitaleAdressen.0.soortDigitaalAdres\"");
  CHECK_CONTAINS(out, "\"name\":\"klant.partij.partijIdentificatoren.0.codeRegister\"");
  ki_free(out);

  /* the case rejects a part: nothing is stored */
  CHECK_STATUS(ki_register_export_snapshot(&voor, o.reg), KI_OK);
  snprintf(input, sizeof input,
           "{\"medewerker\":\"%s\",\"klantcontact\":%s,\"klant\":{\"variant\":\"bekend\","
           "\"partij\":\"%s\"},\"productaanvraag\":\"%s\"}",
           o.medewerker, GESPREK, ONBEKEND, AANVRAAG);
  out = run(&o, "c9018", input, KI_EINVALID);
  CHECK_CONTAINS(out, "\"invalidParams\":[{\"name\":\"betrokkene.wasPartij.uuid\"");
  CHECK_CONTAINS(ki_last_error(), "betrokkene.wasPartij.uuid");
  ki_free(out);
  snprintf(input, sizeof input,
           "{\"medewerker\":\"%s\",\"klantcontact\":{\"onderwerp\":\"x\"},"
           "\"klant\":{\"variant\":\"alleen-contactgegevens\",\"contactnaam\":"
           "{\"voorletters\":\"ABCDEFGHIJKL\"}},"
           "\"productaanvraag\":\"%s\"}",
           o.medewerker, AANVRAAG);
  out = run(&o, "c9018", input, KI_EINVALID);
  CHECK_CONTAINS(out, "\"name\":\"betrokkene.contactnaam.voorletters\"");
  ki_free(out);
  CHECK_STATUS(ki_register_export_snapshot(&na, o.reg), KI_OK);
  CHECK_STR(na, voor);
  ki_free(voor);
  ki_free(na);
  ki_register_free(o.reg);
}

int main(void) {
  test_c9018_variants();
  test_c9018_steps();
  test_c0992_c9167();
  test_interne_taken();
  test_errors();
  return harness_summary("capi.cases");
}
