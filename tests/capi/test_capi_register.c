/* The register over the C ABI: ki_register_new/free, create, update, patch,
 * remove, get, list, maak_klantcontact and the snapshots, with every error
 * path (NULL arguments, malformed JSON, unknown type, unknown uuid, invalid
 * payloads with their error document). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "json_hulp.h"
#include "klantinteracties.h"

static const char* const PARTIJ =
    "{\"soortPartij\":\"persoon\",\"indicatieActief\":true,\"voorkeurstaal\":\"nld\","
    "\"partijIdentificatie\":{\"contactnaam\":{\"voornaam\":\"Anna\",\"achternaam\":\"Jansen\"}},"
    "\"partijIdentificatoren\":[{\"partijIdentificator\":{\"codeRegister\":\"brp\","
    "\"codeObjecttype\":\"natuurlijk_persoon\",\"codeSoortObjectId\":\"bsn\","
    "\"objectId\":\"296648875\"}}]}";
static const char* const PARTIJ_PARAMS =
    "\"invalidParams\":[{\"name\":\"soortPartij\",\"code\":\"required\",\"reason\":\"Dit veld is "
    "vereist.\"},{\"name\":\"indicatieActief\",\"code\":\"required\",\"reason\":\"Dit veld is "
    "vereist.\"}]}";
static const char* const ERROR_START =
    "{\"type\":\"http://localhost:8000/ref/fouten/ValidationError/\",\"code\":\"invalid\","
    "\"title\":\"Invalid input.\",\"status\":400,\"detail\":\"Invalid input.\",\"instance\":"
    "\"urn:uuid:";
static const char* const ONBEKEND = "00000000-0000-4000-8000-000000000000";

static ki_register* nieuw(void) {
  ki_register* reg = NULL;
  CHECK_STATUS(ki_register_new(&reg, NULL), KI_OK);
  if (!reg) exit(2);
  return reg;
}

static void test_new_and_free(void) {
  ki_register* reg = (ki_register*)1;
  char* out = NULL;
  char uuid[37];

  CHECK_STATUS(ki_register_new(NULL, NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_new(&reg, "{"), KI_EPARSE);
  CHECK(reg == NULL);
  CHECK_STATUS(ki_register_new(&reg, "[]"), KI_EINVAL);
  CHECK_STATUS(ki_register_new(&reg, "{\"onbekend\":1}"), KI_EINVAL);
  CHECK_CONTAINS(ki_last_error(), "onbekend");
  CHECK_STATUS(ki_register_new(&reg, "{\"profile\":\"streng\"}"), KI_EINVAL);
  CHECK_STATUS(ki_register_new(&reg, "{\"base_url\":42}"), KI_EINVAL);
  CHECK_STATUS(ki_register_new(&reg, "{\"base_url\":\"\xff\"}"), KI_EINVAL);
  CHECK_STATUS(ki_register_new(&reg, "{\"clock\":\"gisteren\"}"), KI_EINVAL);
  CHECK_STATUS(ki_register_new(&reg, "{\"clock\":1677661920}"), KI_EINVAL);
  CHECK(reg == NULL);
  ki_register_free(NULL);

  CHECK_STATUS(ki_register_new(&reg,
                               "{\"base_url\":\"https://openklant.example.nl\","
                               "\"profile\":\"strict\"}"),
               KI_OK);
  CHECK(reg != NULL);
  CHECK_STR(ki_last_error(), "");
  CHECK_STATUS(ki_register_create(&out, reg, "Partij", PARTIJ), KI_OK);
  CHECK_CONTAINS(out, "\"url\":\"https://openklant.example.nl/klantinteracties/api/v1/partijen/");
  first_uuid(out, uuid);
  ki_free(out);
  /* the base_url is in the register's error documents too */
  CHECK_STATUS(ki_register_create(&out, reg, "Partij", "{}"), KI_EINVALID);
  CHECK_CONTAINS(out, "\"type\":\"https://openklant.example.nl/ref/fouten/ValidationError/\"");
  ki_free(out);
  ki_register_free(reg);

  /* a fixed clock for what the register fills in itself */
  CHECK_STATUS(ki_register_new(&reg, "{\"clock\":\"2023-03-01T10:12:00+01:00\"}"), KI_OK);
  CHECK_STATUS(ki_register_create(&out, reg, "klantcontacten",
                                  "{\"kanaal\":\"telefoon\",\"onderwerp\":\"Vraag\","
                                  "\"taal\":\"nld\",\"vertrouwelijk\":false}"),
               KI_OK);
  CHECK_CONTAINS(out, "\"plaatsgevondenOp\":\"2023-03-01T09:12:00Z\"");
  ki_free(out);
  ki_register_free(reg);
}

static void test_create(void) {
  ki_register* reg = nieuw();
  char* out = (char*)1;
  char uuid[37];
  size_t previous = 0;

  CHECK_STATUS(ki_register_create(&out, reg, "Partij", PARTIJ), KI_OK);
  CHECK(first_uuid(out, uuid));
  CHECK_CONTAINS(out, "\"url\":\"http://localhost:8000/klantinteracties/api/v1/partijen/");
  CHECK_CONTAINS(out, "\"soortPartij\":\"persoon\"");
  CHECK_CONTAINS(out, "\"partijIdentificatoren\":[{\"uuid\":");
  ki_free(out);
  /* by collection or by type, in any letter case; out_json may be NULL */
  CHECK_STATUS(ki_register_create(NULL, reg, "partijen",
                                  "{\"soortPartij\":\"organisatie\",\"indicatieActief\":true}"),
               KI_OK);
  CHECK_STATUS(ki_register_create(NULL, reg, "PARTIJ",
                                  "{\"soortPartij\":\"organisatie\",\"indicatieActief\":true}"),
               KI_OK);
  CHECK_STATUS(ki_register_create(NULL, reg, "Partijen",
                                  "{\"soortPartij\":\"organisatie\",\"indicatieActief\":true}"),
               KI_OK);

  /* invalid payload: the error document, as Open Klant's */
  CHECK_STATUS(ki_register_create(&out, reg, "Partij", "{}"), KI_EINVALID);
  CHECK(out && strncmp(out, ERROR_START, strlen(ERROR_START)) == 0);
  CHECK_CONTAINS(out, PARTIJ_PARAMS);
  CHECK_CONTAINS(ki_last_error(), "soortPartij: Dit veld is vereist.");
  ki_free(out);
  /* a reference to nothing: rejected by the rules on stored data */
  {
    char body[512];
    snprintf(body, sizeof body,
             "{\"verstrektDoorBetrokkene\":null,\"verstrektDoorPartij\":{\"uuid\":\"%s\"},"
             "\"adres\":\"a@example.nl\",\"soortDigitaalAdres\":\"email\"}",
             ONBEKEND);
    CHECK_STATUS(ki_register_create(&out, reg, "digitaleadressen", body), KI_EINVALID);
    CHECK_CONTAINS(out, "\"name\":\"verstrektDoorPartij.uuid\"");
    ki_free(out);
  }

  /* malformed JSON */
  CHECK_STATUS(ki_register_create(&out, reg, "Partij", "{\"soortPartij\":"), KI_EPARSE);
  CHECK_CONTAINS(out, "\"code\":\"parse_error\"");
  ki_free(out);

  /* unknown type; request-only components are no collection */
  CHECK_STATUS(ki_register_create(&out, reg, "Partijn", PARTIJ), KI_EUNKNOWN_TYPE);
  CHECK(out == NULL);
  CHECK_CONTAINS(ki_last_error(), "Partijn");
  CHECK_STATUS(ki_register_create(&out, reg, "MaakKlantcontact", "{}"), KI_EUNKNOWN_TYPE);
  CHECK_STATUS(ki_register_create(&out, reg, "PatchedPartij", "{}"), KI_EUNKNOWN_TYPE);
  CHECK_STATUS(ki_register_create(&out, reg, "", "{}"), KI_EUNKNOWN_TYPE);

  /* NULL arguments, bad UTF-8, oversized text */
  CHECK_STATUS(ki_register_create(&out, NULL, "Partij", PARTIJ), KI_EINVAL);
  CHECK_STATUS(ki_register_create(&out, reg, NULL, PARTIJ), KI_EINVAL);
  CHECK_STATUS(ki_register_create(&out, reg, "Partij", NULL), KI_EINVAL);
  CHECK(out == NULL);
  CHECK_STATUS(ki_register_create(&out, reg, "Partij", "{\"interneNotitie\":\"\xc3\x28\"}"),
               KI_EINVAL);
  CHECK_STATUS(ki_register_create(&out, reg, "Part\xffij", PARTIJ), KI_EINVAL);
  CHECK_STATUS(ki_set_input_limit(&previous, 16), KI_OK);
  CHECK_STATUS(ki_register_create(&out, reg, "Partij", PARTIJ), KI_EINVAL);
  CHECK_CONTAINS(ki_last_error(), "input limit");
  CHECK_STATUS(ki_set_input_limit(NULL, previous), KI_OK);

  /* nothing of the failures was stored */
  CHECK_STATUS(ki_register_list(&out, reg, "partijen", NULL), KI_OK);
  CHECK_CONTAINS(out, "\"count\":4");
  ki_free(out);
  ki_register_free(reg);
}

static void test_get(void) {
  ki_register* reg = nieuw();
  char *out = NULL, *kc = NULL;
  char partij[37], klantcontact[37], body[512];

  create_uuid(reg, "Partij", PARTIJ, partij);
  CHECK_STATUS(ki_register_get(&out, reg, "Partij", partij, NULL), KI_OK);
  CHECK_CONTAINS(out, partij);
  CHECK_CONTAINS(out, "\"voorkeurstaal\":\"nld\"");
  CHECK(strstr(out, "\"_expand\"") == NULL);
  ki_free(out);
  /* any spelling of the uuid the API takes */
  {
    char upper[37];
    int i;
    for (i = 0; i < 37; ++i)
      upper[i] = (char)(partij[i] >= 'a' && partij[i] <= 'f' ? partij[i] - 'a' + 'A' : partij[i]);
    CHECK_STATUS(ki_register_get(&out, reg, "partijen", upper, NULL), KI_OK);
    ki_free(out);
  }

  /* expand */
  create_uuid(reg, "Klantcontact",
              "{\"kanaal\":\"telefoon\",\"onderwerp\":\"Vraag\",\"taal\":\"nld\","
              "\"vertrouwelijk\":false,\"indicatieContactGelukt\":true}",
              klantcontact);
  snprintf(body, sizeof body,
           "{\"hadKlantcontact\":{\"uuid\":\"%s\"},\"wasPartij\":{\"uuid\":\"%s\"},"
           "\"rol\":\"klant\",\"initiator\":true}",
           klantcontact, partij);
  CHECK_STATUS(ki_register_create(NULL, reg, "betrokkenen", body), KI_OK);
  CHECK_STATUS(ki_register_get(&kc, reg, "klantcontacten", klantcontact, "hadBetrokkenen"), KI_OK);
  CHECK_CONTAINS(kc, "\"_expand\":{\"hadBetrokkenen\":[{");
  ki_free(kc);

  /* unknown uuid, text that is no uuid: 404 */
  CHECK_STATUS(ki_register_get(&out, reg, "Partij", ONBEKEND, NULL), KI_ENOTFOUND);
  CHECK_CONTAINS(out, "\"code\":\"not_found\"");
  CHECK_CONTAINS(out, "\"status\":404");
  ki_free(out);
  CHECK_STATUS(ki_register_get(&out, reg, "Partij", "geen-uuid", NULL), KI_ENOTFOUND);
  CHECK(out == NULL);
  CHECK_STATUS(ki_register_get(&out, reg, "klantcontacten", partij, NULL), KI_ENOTFOUND);
  ki_free(out);

  /* unknown type, NULL arguments */
  CHECK_STATUS(ki_register_get(&out, reg, "Onbekend", partij, NULL), KI_EUNKNOWN_TYPE);
  CHECK_STATUS(ki_register_get(NULL, reg, "Partij", partij, NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_get(&out, NULL, "Partij", partij, NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_get(&out, reg, NULL, partij, NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_get(&out, reg, "Partij", NULL, NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_get(&out, reg, "Partij", partij, "\xff"), KI_EINVAL);
  CHECK(out == NULL);
  ki_register_free(reg);
}

static void test_update_patch(void) {
  ki_register* reg = nieuw();
  char* out = NULL;
  char partij[37];

  create_uuid(reg, "Partij", PARTIJ, partij);
  CHECK_STATUS(ki_register_patch(&out, reg, "Partij", partij, "{\"voorkeurstaal\":\"eng\"}"),
               KI_OK);
  CHECK_CONTAINS(out, "\"voorkeurstaal\":\"eng\"");
  CHECK_CONTAINS(out, "\"indicatieActief\":true");
  ki_free(out);
  CHECK_STATUS(ki_register_update(&out, reg, "partijen", partij,
                                  "{\"soortPartij\":\"persoon\",\"indicatieActief\":false}"),
               KI_OK);
  CHECK_CONTAINS(out, "\"indicatieActief\":false");
  ki_free(out);
  CHECK_STATUS(ki_register_get(&out, reg, "Partij", partij, NULL), KI_OK);
  CHECK_CONTAINS(out, "\"indicatieActief\":false");
  CHECK_CONTAINS(out, "\"voorkeurstaal\":\"eng\"");
  ki_free(out);

  /* invalid: nothing changes */
  CHECK_STATUS(ki_register_patch(&out, reg, "Partij", partij, "{\"soortPartij\":\"dier\"}"),
               KI_EINVALID);
  CHECK_CONTAINS(out, "{\"name\":\"soortPartij\",\"code\":\"invalid_choice\"");
  ki_free(out);
  CHECK_STATUS(ki_register_update(&out, reg, "Partij", partij, "{}"), KI_EINVALID);
  CHECK_CONTAINS(out, PARTIJ_PARAMS);
  ki_free(out);
  CHECK_STATUS(ki_register_get(&out, reg, "Partij", partij, NULL), KI_OK);
  CHECK_CONTAINS(out, "\"voorkeurstaal\":\"eng\"");
  ki_free(out);

  /* malformed, unknown uuid, unknown type, NULL */
  CHECK_STATUS(ki_register_patch(&out, reg, "Partij", partij, "{,}"), KI_EPARSE);
  CHECK_CONTAINS(out, "parse_error");
  ki_free(out);
  CHECK_STATUS(ki_register_patch(&out, reg, "Partij", ONBEKEND, "{}"), KI_ENOTFOUND);
  CHECK_CONTAINS(out, "not_found");
  ki_free(out);
  CHECK_STATUS(ki_register_update(&out, reg, "Partij", ONBEKEND, PARTIJ), KI_ENOTFOUND);
  ki_free(out);
  CHECK_STATUS(ki_register_update(&out, reg, "Partij", "123", PARTIJ), KI_ENOTFOUND);
  CHECK_STATUS(ki_register_patch(&out, reg, "Parti", partij, "{}"), KI_EUNKNOWN_TYPE);
  CHECK_STATUS(ki_register_update(&out, reg, "Parti", partij, "{}"), KI_EUNKNOWN_TYPE);
  CHECK_STATUS(ki_register_patch(&out, NULL, "Partij", partij, "{}"), KI_EINVAL);
  CHECK_STATUS(ki_register_patch(&out, reg, "Partij", NULL, "{}"), KI_EINVAL);
  CHECK_STATUS(ki_register_patch(&out, reg, "Partij", partij, NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_update(&out, reg, NULL, partij, "{}"), KI_EINVAL);
  CHECK(out == NULL);
  ki_register_free(reg);
}

static void test_remove(void) {
  ki_register* reg = nieuw();
  char* out = NULL;
  char partij[37];

  create_uuid(reg, "Partij", PARTIJ, partij);
  CHECK_STATUS(ki_register_remove(&out, reg, "Partij", partij), KI_OK);
  CHECK(out == NULL);
  CHECK_STATUS(ki_register_get(&out, reg, "Partij", partij, NULL), KI_ENOTFOUND);
  ki_free(out);
  CHECK_STATUS(ki_register_remove(&out, reg, "Partij", partij), KI_ENOTFOUND);
  CHECK_CONTAINS(out, "not_found");
  ki_free(out);
  CHECK_STATUS(ki_register_remove(NULL, reg, "Partij", "geen-uuid"), KI_ENOTFOUND);

  /* a protected object (KI-PI-016): 400 with the error document, kept */
  {
    char org[37], vestiging[37], kvk[37], body[1024];
    create_uuid(reg, "Partij", "{\"soortPartij\":\"organisatie\",\"indicatieActief\":true}", org);
    create_uuid(reg, "Partij", "{\"soortPartij\":\"organisatie\",\"indicatieActief\":true}",
                vestiging);
    snprintf(body, sizeof body,
             "{\"identificeerdePartij\":{\"uuid\":\"%s\"},\"partijIdentificator\":{"
             "\"codeObjecttype\":\"niet_natuurlijk_persoon\",\"codeSoortObjectId\":\"kvk_nummer\","
             "\"objectId\":\"12345678\",\"codeRegister\":\"hr\"}}",
             org);
    create_uuid(reg, "partij-identificatoren", body, kvk);
    snprintf(body, sizeof body,
             "{\"identificeerdePartij\":{\"uuid\":\"%s\"},\"partijIdentificator\":{"
             "\"codeObjecttype\":\"vestiging\",\"codeSoortObjectId\":\"vestigingsnummer\","
             "\"objectId\":\"000037178598\",\"codeRegister\":\"hr\"},"
             "\"subIdentificatorVan\":{\"uuid\":\"%s\"}}",
             vestiging, kvk);
    CHECK_STATUS(ki_register_create(NULL, reg, "PartijIdentificator", body), KI_OK);
    CHECK_STATUS(ki_register_remove(&out, reg, "partij-identificatoren", kvk), KI_EINVALID);
    CHECK_CONTAINS(out,
                   "\"invalidParams\":[{\"name\":\"nonFieldErrors\",\"code\":\"invalid\","
                   "\"reason\":\"Cannot delete some instances of model 'PartijIdentificator'");
    ki_free(out);
    CHECK_STATUS(ki_register_get(&out, reg, "partij-identificatoren", kvk, NULL), KI_OK);
    ki_free(out);
  }
  CHECK_STATUS(ki_register_remove(NULL, reg, "Onbekend", partij), KI_EUNKNOWN_TYPE);
  CHECK_STATUS(ki_register_remove(NULL, NULL, "Partij", partij), KI_EINVAL);
  CHECK_STATUS(ki_register_remove(NULL, reg, NULL, partij), KI_EINVAL);
  CHECK_STATUS(ki_register_remove(NULL, reg, "Partij", NULL), KI_EINVAL);
  ki_register_free(reg);
}

/* Every resource of the register, by collection and by type name. */
static void test_every_collection(void) {
  static const char* const names[][2] = {{"klantcontacten", "Klantcontact"},
                                         {"betrokkenen", "Betrokkene"},
                                         {"onderwerpobjecten", "Onderwerpobject"},
                                         {"bijlagen", "Bijlage"},
                                         {"actorklantcontacten", "ActorKlantcontact"},
                                         {"actoren", "Actor"},
                                         {"internetaken", "InterneTaak"},
                                         {"partijen", "Partij"},
                                         {"partij-identificatoren", "PartijIdentificator"},
                                         {"vertegenwoordigingen", "Vertegenwoordigden"},
                                         {"categorieen", "Categorie"},
                                         {"categorie-relaties", "CategorieRelatie"},
                                         {"digitaleadressen", "DigitaalAdres"},
                                         {"rekeningnummers", "Rekeningnummer"}};
  ki_register* reg = nieuw();
  char* out = NULL;
  size_t i, j;
  for (i = 0; i < sizeof names / sizeof names[0]; ++i)
    for (j = 0; j < 2; ++j) {
      CHECK_STATUS(ki_register_list(&out, reg, names[i][j], NULL), KI_OK);
      CHECK_CONTAINS(out, "\"count\":0");
      ki_free(out);
      CHECK_STATUS(ki_register_get(&out, reg, names[i][j], ONBEKEND, NULL), KI_ENOTFOUND);
      ki_free(out);
    }
  ki_register_free(reg);
}

static void test_list(void) {
  ki_register* reg = nieuw();
  char* out = NULL;
  char partij[37];

  create_uuid(reg, "Partij", PARTIJ, partij);
  CHECK_STATUS(ki_register_create(NULL, reg, "Partij",
                                  "{\"soortPartij\":\"organisatie\",\"indicatieActief\":true}"),
               KI_OK);
  CHECK_STATUS(ki_register_list(&out, reg, "partijen", NULL), KI_OK);
  {
    const char* begin = "{\"count\":2,\"next\":null,\"previous\":null,\"results\":[{";
    CHECK(out && strncmp(out, begin, strlen(begin)) == 0);
  }
  ki_free(out);
  CHECK_STATUS(ki_register_list(&out, reg, "Partij",
                                "{\"partijIdentificator__codeSoortObjectId\":\"bsn\","
                                "\"partijIdentificator__objectId\":\"296648875\"}"),
               KI_OK);
  CHECK_CONTAINS(out, "\"count\":1");
  CHECK_CONTAINS(out, partij);
  ki_free(out);
  /* numbers are taken as text */
  CHECK_STATUS(ki_register_list(&out, reg, "partijen", "{\"pageSize\":1,\"page\":2}"), KI_OK);
  CHECK_CONTAINS(out, "\"count\":2");
  CHECK_CONTAINS(out, "\"next\":null");
  CHECK_CONTAINS(out,
                 "\"previous\":\"http://localhost:8000/klantinteracties/api/v1/partijen"
                 "?pageSize=1\"");
  ki_free(out);
  CHECK_STATUS(ki_register_list(&out, reg, "klantcontacten", "{}"), KI_OK);
  CHECK_CONTAINS(out, "\"count\":0");
  ki_free(out);

  /* an unknown parameter: 400 */
  CHECK_STATUS(ki_register_list(&out, reg, "partijen", "{\"onbekend\":\"x\"}"), KI_EINVALID);
  CHECK_CONTAINS(out, "\"invalidParams\":[{");
  ki_free(out);
  /* malformed or not an object of texts */
  CHECK_STATUS(ki_register_list(&out, reg, "partijen", "{"), KI_EPARSE);
  CHECK_STATUS(ki_register_list(&out, reg, "partijen", "[\"page\"]"), KI_EINVAL);
  CHECK_STATUS(ki_register_list(&out, reg, "partijen", "{\"page\":[1]}"), KI_EINVAL);
  CHECK_STATUS(ki_register_list(&out, reg, "partijen", "{\"page\":null}"), KI_EINVAL);
  CHECK_STATUS(ki_register_list(&out, reg, "Onbekend", NULL), KI_EUNKNOWN_TYPE);
  CHECK_STATUS(ki_register_list(NULL, reg, "partijen", NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_list(&out, NULL, "partijen", NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_list(&out, reg, NULL, NULL), KI_EINVAL);
  CHECK(out == NULL);
  ki_register_free(reg);
}

static void test_maak_klantcontact(void) {
  ki_register* reg = nieuw();
  char* out = NULL;
  char partij[37], body[1024];

  create_uuid(reg, "Partij", PARTIJ, partij);
  snprintf(body, sizeof body,
           "{\"klantcontact\":{\"kanaal\":\"balie\",\"onderwerp\":\"Verhuizing\",\"taal\":\"nld\","
           "\"vertrouwelijk\":false,\"indicatieContactGelukt\":true},"
           "\"betrokkene\":{\"wasPartij\":{\"uuid\":\"%s\"},\"rol\":\"klant\",\"initiator\":true},"
           "\"onderwerpobject\":{\"wasKlantcontact\":null,\"onderwerpobjectidentificator\":{"
           "\"objectId\":\"1\",\"codeObjecttype\":\"zaak\",\"codeRegister\":\"open-zaak\","
           "\"codeSoortObjectId\":\"uuid\"}}}",
           partij);
  CHECK_STATUS(ki_register_maak_klantcontact(&out, reg, body), KI_OK);
  CHECK_CONTAINS(out, "\"klantcontact\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"betrokkene\":{\"uuid\":");
  CHECK_CONTAINS(out, "\"onderwerpobject\":{\"uuid\":");
  ki_free(out);
  CHECK_STATUS(ki_register_list(&out, reg, "betrokkenen", NULL), KI_OK);
  CHECK_CONTAINS(out, "\"count\":1");
  ki_free(out);

  /* an unknown partij: nothing of the three is stored */
  snprintf(body, sizeof body,
           "{\"klantcontact\":{\"kanaal\":\"balie\",\"onderwerp\":\"Verhuizing\",\"taal\":\"nld\","
           "\"vertrouwelijk\":false,\"indicatieContactGelukt\":true},"
           "\"betrokkene\":{\"wasPartij\":{\"uuid\":\"%s\"},\"rol\":\"klant\",\"initiator\":true}}",
           ONBEKEND);
  CHECK_STATUS(ki_register_maak_klantcontact(&out, reg, body), KI_EINVALID);
  CHECK_CONTAINS(out, "\"name\":\"betrokkene.wasPartij");
  ki_free(out);
  CHECK_STATUS(ki_register_maak_klantcontact(&out, reg,
                                             "{\"klantcontact\":{},\"betrokkene\":{\"wasPartij\":"
                                             "\"incorrect\"}}"),
               KI_EINVALID);
  CHECK_CONTAINS(out, "\"name\":\"betrokkene.wasPartij.nonFieldErrors\"");
  ki_free(out);
  CHECK_STATUS(ki_register_list(&out, reg, "klantcontacten", NULL), KI_OK);
  CHECK_CONTAINS(out, "\"count\":1");
  ki_free(out);

  CHECK_STATUS(ki_register_maak_klantcontact(&out, reg, "{"), KI_EPARSE);
  CHECK_CONTAINS(out, "parse_error");
  ki_free(out);
  CHECK_STATUS(ki_register_maak_klantcontact(&out, NULL, "{}"), KI_EINVAL);
  CHECK_STATUS(ki_register_maak_klantcontact(&out, reg, NULL), KI_EINVAL);
  CHECK(out == NULL);
  ki_register_free(reg);
}

static void test_snapshot(void) {
  ki_register *reg = nieuw(), *kopie = nieuw();
  char *snapshot = NULL, *opnieuw = NULL, *out = NULL;
  char partij[37];

  CHECK_STATUS(ki_register_export_snapshot(&snapshot, reg), KI_OK);
  CHECK_STR(snapshot, "");
  ki_free(snapshot);

  create_uuid(reg, "Partij", PARTIJ, partij);
  CHECK_STATUS(ki_register_export_snapshot(&snapshot, reg), KI_OK);
  CHECK_CONTAINS(snapshot, "{\"type\":\"Partij\",\"object\":{\"uuid\":");
  CHECK_CONTAINS(snapshot, "{\"type\":\"PartijIdentificator\",\"object\":");
  CHECK_STATUS(ki_register_import_snapshot(&out, kopie, snapshot), KI_OK);
  CHECK(out == NULL);
  CHECK_STATUS(ki_register_export_snapshot(&opnieuw, kopie), KI_OK);
  CHECK_STR(opnieuw, snapshot);
  ki_free(opnieuw);
  CHECK_STATUS(ki_register_get(&out, kopie, "Partij", partij, NULL), KI_OK);
  ki_free(out);

  /* a bad snapshot changes nothing */
  CHECK_STATUS(ki_register_import_snapshot(&out, kopie,
                                           "{\"type\":\"Onbekend\",\"object\":{}}\n"
                                           "niet eens JSON\n"),
               KI_EINVALID);
  CHECK_CONTAINS(out, "\"name\":\"0.type\"");
  CHECK_CONTAINS(out, "\"name\":\"1\"");
  ki_free(out);
  CHECK_STATUS(ki_register_export_snapshot(&opnieuw, kopie), KI_OK);
  CHECK_STR(opnieuw, snapshot);
  ki_free(opnieuw);
  /* an empty snapshot empties the register */
  CHECK_STATUS(ki_register_import_snapshot(NULL, kopie, ""), KI_OK);
  CHECK_STATUS(ki_register_get(&out, kopie, "Partij", partij, NULL), KI_ENOTFOUND);
  ki_free(out);

  CHECK_STATUS(ki_register_export_snapshot(NULL, reg), KI_EINVAL);
  CHECK_STATUS(ki_register_export_snapshot(&out, NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_import_snapshot(&out, NULL, snapshot), KI_EINVAL);
  CHECK_STATUS(ki_register_import_snapshot(&out, reg, NULL), KI_EINVAL);
  CHECK_STATUS(ki_register_import_snapshot(&out, reg, "\xff"), KI_EINVAL);
  CHECK(out == NULL);
  ki_free(snapshot);
  ki_register_free(reg);
  ki_register_free(kopie);
}

int main(void) {
  test_new_and_free();
  test_create();
  test_get();
  test_update_patch();
  test_remove();
  test_every_collection();
  test_list();
  test_maak_klantcontact();
  test_snapshot();
  return harness_summary("capi.register");
}
