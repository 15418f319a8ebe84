/* C9018 — Klant belt KCC om een product aan te vragen, in C over the ABI
 * (klantinteracties.h).
 *
 * The same case as examples/c9018_productaanvraag.cpp, with the same data:
 * a KCC employee registers a phone call, finds or registers the klant,
 * attaches the product request and, with --interne-taak, hands the zaak over
 * to a team. Variants of step 4 (--variant):
 *   bekend                  the klant is known as a partij (variant A);
 *   nieuwe-partij           a new partij with BSN and digitale adressen (B1);
 *   alleen-contactgegevens  contact data for this request only, no partij (B2).
 *
 * Without --json every step is one ki_register_case() call and its output
 * (the stored objects, the API's JSON) is printed after a line naming the
 * step; without --variant all three variants run. With --json the whole case
 * is one call (step "c9018") and its document is printed: the same document
 * as `c9018_productaanvraag --json`, apart from the register's uuids.
 *
 * Build: cc -std=c99 c9018.c $(pkg-config --cflags --libs klantinteracties) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "klantinteracties.h"

/* Objects outside Klantinteracties: the product request in the Objecten
 * API and the zaak in Open Zaak. */
static const char* const PRODUCTAANVRAAG = "3f1c8a52-7a0e-5b1e-9d43-6c2f0e8b7a15";
static const char* const ZAAK = "b7e4d2a9-1c35-5f80-8e6b-2d9a4c7f1e03";

static const char* const GESPREK =
    "{\"onderwerp\":\"Productaanvraag\",\"inhoud\":\"Klant vraagt telefonisch een "
    "parkeervergunning voor bewoners aan; de aanvraag is vastgelegd in het e-formulier.\","
    "\"indicatieContactGelukt\":true,\"plaatsgevondenOp\":\"2023-03-01T10:00:00+01:00\"}";

/* Variant B1: Jan de Vries consents to reuse of his data. */
static const char* const JAN_DE_VRIES =
    "{\"contactnaam\":{\"voorletters\":\"J\",\"voornaam\":\"Jan\",\"voorvoegselAchternaam\":"
    "\"de\",\"achternaam\":\"Vries\"},\"bezoekadres\":{\"nummeraanduidingId\":\"0518200000637599\","
    "\"straatnaam\":\"Spui\",\"huisnummer\":70,\"postcode\":\"2511 BT\",\"stad\":\"Den Haag\","
    "\"land\":\"NL\"},\"correspondentieadres\":{\"adresregel1\":\"Postbus 12600\","
    "\"adresregel2\":\"2500 DJ Den Haag\",\"land\":\"NL\"},\"bsn\":\"999990019\","
    "\"digitaleAdressen\":[{\"soortDigitaalAdres\":\"telefoonnummer\",\"adres\":\"0612345678\","
    "\"omschrijving\":\"Mobiel\",\"isStandaardAdres\":true},{\"soortDigitaalAdres\":\"email\","
    "\"adres\":\"jan.devries@example.nl\",\"omschrijving\":\"Priv\xc3\xa9\","
    "\"isStandaardAdres\":true}],\"voorkeursDigitaalAdres\":0}";

/* Variant B2: Karel van Deurne gives a name and a number for this request only. */
static const char* const KAREL_VAN_DEURNE =
    "\"contactnaam\":{\"voorletters\":\"K\",\"voornaam\":\"Karel\",\"voorvoegselAchternaam\":"
    "\"van\",\"achternaam\":\"Deurne\"},\"digitaleAdressen\":[{\"soortDigitaalAdres\":"
    "\"telefoonnummer\",\"adres\":\"0612345678\"}]";

/* What exists before the phone rings. */
struct gemeente {
  ki_register* reg;
  char medewerker[37], team[37], anna[37];
};

static void mislukt(const char* wat, int rc, char* document) {
  fprintf(stderr, "%s mislukt: %s (%s)\n%s\n", wat, ki_status_name(rc), ki_last_error(),
          document ? document : "");
  ki_free(document);
  exit(1);
}

/* The uuid of the member `naam` of a JSON document ({"naam":{"uuid":"..."}}),
 * or of the document itself when naam is NULL. */
static void uuid_van(const char* json, const char* naam, char out[37]) {
  const char* p = json;
  char key[64];
  out[0] = '\0';
  if (naam) {
    snprintf(key, sizeof key, "\"%s\":", naam);
    p = strstr(json, key);
  }
  p = p ? strstr(p, "\"uuid\":\"") : NULL;
  if (p && strlen(p + 8) >= 36) {
    memcpy(out, p + 8, 36);
    out[36] = '\0';
  }
}

static void maak(ki_register* reg, const char* type, const char* json, char uuid[37]) {
  char* out = NULL;
  int rc = ki_register_create(&out, reg, type, json);
  if (rc != KI_OK) mislukt(type, rc, out);
  uuid_van(out, NULL, uuid);
  ki_free(out);
}

static void opzetten(struct gemeente* g) {
  char adres[512];
  int rc = ki_register_new(&g->reg,
                           "{\"base_url\":\"https://openklant.example.nl\","
                           "\"clock\":\"2023-03-01T09:12:00Z\"}");
  if (rc != KI_OK) mislukt("ki_register_new", rc, NULL);
  maak(g->reg, "actoren",
       "{\"naam\":\"Fatima Yilmaz\",\"soortActor\":\"medewerker\",\"indicatieActief\":true,"
       "\"actorIdentificatie\":{\"functie\":\"KCC-medewerker\",\"emailadres\":"
       "\"f.yilmaz@gemeente.example.nl\",\"telefoonnummer\":\"0701234567\"}}",
       g->medewerker);
  maak(g->reg, "actoren",
       "{\"naam\":\"Team Parkeren\",\"soortActor\":\"organisatorische_eenheid\","
       "\"indicatieActief\":true,\"actorIdentificatie\":{\"omschrijving\":"
       "\"Behandelt parkeervergunningen\",\"emailadres\":\"parkeren@gemeente.example.nl\","
       "\"telefoonnummer\":\"0707654321\"}}",
       g->team);
  maak(g->reg, "partijen",
       "{\"soortPartij\":\"persoon\",\"indicatieActief\":true,\"indicatieGeheimhouding\":false,"
       "\"voorkeurstaal\":\"nld\",\"partijIdentificatie\":{\"contactnaam\":{\"voorletters\":\"A\","
       "\"voornaam\":\"Anna\",\"achternaam\":\"Jansen\"}},\"partijIdentificatoren\":[{"
       "\"partijIdentificator\":{\"codeRegister\":\"brp\",\"codeObjecttype\":"
       "\"natuurlijk_persoon\",\"codeSoortObjectId\":\"bsn\",\"objectId\":\"296648875\"}}]}",
       g->anna);
  snprintf(adres, sizeof adres,
           "{\"verstrektDoorBetrokkene\":null,\"verstrektDoorPartij\":{\"uuid\":\"%s\"},"
           "\"adres\":\"anna.jansen@example.nl\",\"soortDigitaalAdres\":\"email\","
           "\"isStandaardAdres\":true}",
           g->anna);
  {
    char uuid[37];
    maak(g->reg, "digitaleadressen", adres, uuid);
  }
}

/* The KLANT member of an input document for a variant. */
static void klant(const struct gemeente* g, const char* variant, char* out, size_t size) {
  if (strcmp(variant, "bekend") == 0)
    snprintf(out, size, "{\"variant\":\"bekend\",\"partij\":\"%s\"}", g->anna);
  else if (strcmp(variant, "nieuwe-partij") == 0)
    snprintf(out, size, "{\"variant\":\"nieuwe-partij\",\"partij\":%s}", JAN_DE_VRIES);
  else
    snprintf(out, size, "{\"variant\":\"alleen-contactgegevens\",%s}", KAREL_VAN_DEURNE);
}

static void interne_taak(const struct gemeente* g, char* out, size_t size) {
  snprintf(out, size,
           "{\"gevraagdeHandeling\":\"Aanmaken zaak n.a.v. ingediende productaanvraag\","
           "\"toelichting\":\"De productaanvraag staat als bijlage bij het klantcontact.\","
           "\"toegewezenAanActoren\":[\"%s\"]}",
           g->team);
}

/* In variant B2 the contact data may be used for this request only: it goes
 * with the zaak. */
static void zaak(const char* variant, char* out, size_t size) {
  snprintf(out, size, "{\"zaak\":\"%s\",\"contactgegevensAlleenVoorZaak\":%s}", ZAAK,
           strcmp(variant, "alleen-contactgegevens") == 0 ? "true" : "false");
}

/* One step: its name, then what it stored. Returns the output (ki_free). */
static char* stap(struct gemeente* g, const char* titel, const char* naam, const char* invoer) {
  char* out = NULL;
  int rc = ki_register_case(&out, g->reg, naam, invoer);
  if (rc != KI_OK) mislukt(naam, rc, out);
  printf("%s (%s)\n%s\n", titel, naam, out);
  return out;
}

static void verteld(struct gemeente* g, const char* variant, int met_taak, int met_zaak) {
  static char invoer[8192], deel[4096];
  char kc[37], *out;

  printf("Variant %s\n", variant);
  snprintf(invoer, sizeof invoer, "{\"medewerker\":\"%s\",\"klantcontact\":%s}", g->medewerker,
           GESPREK);
  out = stap(g, "Stap 2: klantcontact geregistreerd, medewerker gekoppeld",
             "registreer_klantcontact", invoer);
  uuid_van(out, "klantcontact", kc);
  ki_free(out);

  snprintf(invoer, sizeof invoer, "{\"bsn\":\"%s\"}",
           strcmp(variant, "bekend") == 0          ? "296648875"
           : strcmp(variant, "nieuwe-partij") == 0 ? "999990019"
                                                   : "999993653");
  ki_free(stap(g, "Stap 3: klant gezocht op BSN", "zoek_partij", invoer));

  klant(g, variant, deel, sizeof deel);
  snprintf(invoer, sizeof invoer, "{\"klantcontact\":\"%s\",\"klant\":%s}", kc, deel);
  ki_free(stap(g, "Stap 4: klant als betrokkene geregistreerd", "registreer_klant", invoer));

  snprintf(invoer, sizeof invoer, "{\"klantcontact\":\"%s\",\"productaanvraag\":\"%s\"}", kc,
           PRODUCTAANVRAAG);
  ki_free(stap(g, "Stap 5: productaanvraag als bijlage gekoppeld", "registreer_bijlage", invoer));

  if (met_taak) {
    interne_taak(g, deel, sizeof deel);
    snprintf(invoer, sizeof invoer, "{\"klantcontact\":\"%s\",\"interneTaak\":%s}", kc, deel);
    ki_free(stap(g, "Stap 6 (variant D): interne taak voor het aanmaken van de zaak",
                 "registreer_interne_taak", invoer));
  }
  if (met_zaak) {
    zaak(variant, deel, sizeof deel);
    snprintf(invoer, sizeof invoer, "{\"klantcontact\":\"%s\",\"zaak\":%s}", kc, deel);
    ki_free(stap(g, "Stap 7: zaak als onderwerpobject gekoppeld", "koppel_zaak", invoer));
  }
}

static int json_document(struct gemeente* g, const char* variant, int met_taak, int met_zaak) {
  static char invoer[8192], deel[4096], taak[1024], z[512];
  char* out = NULL;
  int rc;
  klant(g, variant, deel, sizeof deel);
  interne_taak(g, taak, sizeof taak);
  zaak(variant, z, sizeof z);
  snprintf(invoer, sizeof invoer,
           "{\"medewerker\":\"%s\",\"klantcontact\":%s,\"klant\":%s,\"productaanvraag\":\"%s\""
           "%s%s%s%s}",
           g->medewerker, GESPREK, deel, PRODUCTAANVRAAG, met_taak ? ",\"interneTaak\":" : "",
           met_taak ? taak : "", met_zaak ? ",\"zaak\":" : "", met_zaak ? z : "");
  rc = ki_register_case(&out, g->reg, "c9018", invoer);
  if (rc != KI_OK) mislukt("c9018", rc, out);
  printf("%s\n", out);
  ki_free(out);
  return 0;
}

static int gebruik(const char* fout) {
  if (fout) fprintf(stderr, "c9018: %s\n", fout);
  fprintf(stderr,
          "usage: c9018 [--variant bekend|nieuwe-partij|alleen-contactgegevens]\n"
          "             [--interne-taak] [--zaak] [--json]\n");
  return 2;
}

int main(int argc, char** argv) {
  static const char* const varianten[] = {"bekend", "nieuwe-partij", "alleen-contactgegevens"};
  const char* variant = NULL;
  int met_taak = 0, met_zaak = 0, json = 0, i, rc = 0;
  struct gemeente g;

  for (i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--variant") == 0 && i + 1 < argc) {
      variant = argv[++i];
      if (strcmp(variant, varianten[0]) != 0 && strcmp(variant, varianten[1]) != 0 &&
          strcmp(variant, varianten[2]) != 0)
        return gebruik("unknown variant");
    } else if (strcmp(argv[i], "--interne-taak") == 0) {
      met_taak = 1;
    } else if (strcmp(argv[i], "--zaak") == 0) {
      met_zaak = 1;
    } else if (strcmp(argv[i], "--json") == 0) {
      json = 1;
    } else {
      return gebruik("unknown option");
    }
  }

  opzetten(&g);
  if (json) {
    rc = json_document(&g, variant ? variant : "bekend", met_taak, met_zaak);
  } else {
    printf("C9018 Klant belt KCC om een product aan te vragen (libklantinteracties %s)\n",
           ki_version());
    for (i = 0; i < 3; ++i)
      if (!variant || strcmp(variant, varianten[i]) == 0)
        verteld(&g, varianten[i], met_taak, met_zaak);
  }
  ki_register_free(g.reg);
  return rc;
}
