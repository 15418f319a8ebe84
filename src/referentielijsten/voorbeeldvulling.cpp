// The VNG voorbeeldvulling of the reference lists (2024-01-29;
// referentielijsten.md §2). Kanaal is empty there (§2.1); Land is Tabel 34,
// which Open Klant replaced by ISO 3166 (§4, §6).

#include <array>
#include <string_view>

#include "data.hpp"

namespace ki::referentielijsten::detail {

namespace {

// §2.4: ISO 639-2 (T variant), in the document's order, names as written.
constexpr std::array<Rij, 55> kTalen{{
    {"ara", "Arabisch"}, {"aze", "Azerbeidzjaans"}, {"bel", "Belarussisch"}, {"ber", "Berber"},
    {"bos", "Bosnisch"}, {"bul", "Bulgaars"}, {"ces", "Tsjechisch"}, {"cnr", "Montenegrijns"},
    {"dan", "Deens"}, {"deu", "Duits"}, {"ell", "Grieks"}, {"eng", "Engels"},
    {"est", "Estisch"}, {"fas", "Perzisch"}, {"fin", "Fins"}, {"fra", "Frans"},
    {"fry", "Fries"}, {"gle", "Iers"}, {"hin", "Hindi"}, {"hrv", "Kroatisch"},
    {"hun", "Hongaars"}, {"hye", "Armeens"}, {"isl", "IJslands"}, {"ita", "Italiaans"},
    {"jav", "Javaans"}, {"lav", "Lets"}, {"lim", "Limburgs"}, {"lit", "Litouwen"},
    {"kat", "Georgisch"}, {"kur", "Koerdisch"}, {"mlt", "Maltees"}, {"mkd", "Macedonisch"},
    {"nds", "Nedersaksisch"}, {"nld", "Nederlands"}, {"nor", "Noors"}, {"pap", "Papiaments"},
    {"pol", "Pools"}, {"por", "Portugees"}, {"rom", "Romani"}, {"ron", "Roemeens"},
    {"rus", "Russisch"}, {"sgn", "Gebarentaal"}, {"slk", "Slowaaks"}, {"slv", "Sloveens"},
    {"som", "Somalisch"}, {"spa", "Spaans"}, {"srn", "Sranan"}, {"srp", "Servisch"},
    {"sqi", "Albanees"}, {"swe", "Zweeds"}, {"tur", "Turks"}, {"ukr", "Oekraïens"},
    {"yue", "Kantonees"}, {"yid", "Jiddisch"}, {"zho", "Mandarijn"},
}};

// §2.3
constexpr std::array<Rij, 6> kSoortenDigitaalAdres{{
    {"1", "Telefoon"}, {"2", "E-mail"}, {"3", "Whatsapp"},
    {"4", "Facebook"}, {"5", "Instagram"}, {"6", "SMS"},
}};

// §2.5 (locatie is empty in the source)
constexpr std::array<Rij, 8> kExterneRegisters{{
    {"1", "Basisregistratie Personen"},
    {"2", "Basisregistratie Kadaster"},
    {"3", "Basisregistratie Adressen en Gebouwen"},
    {"4", "Basisregistratie Waardering Onroerende Zaken"},
    {"5", "Handelsregister"},
    {"6", "Zakenregister"},
    {"7", "Documentenregister"},
    {"8", "Overige Objecten Registratie"},
}};

// §2.6 (ExternRegisterId not kept: 1,5,7,5,2,2,3,3,4,4,4,6)
constexpr std::array<Rij, 12> kSoortenObject{{
    {"1", "Ingeschreven Natuurlijk Persoon"},
    {"2", "Ingeschreven Niet-Natuurlijk Persoon"},
    {"3", "Informatieobject"},
    {"4", "Vestiging"},
    {"5", "Onroerende zaak"},
    {"6", "Persoon"},
    {"7", "Nummeraanduiding"},
    {"8", "Pand"},
    {"9", "WOZObject"},
    {"10", "Bezwaar"},
    {"11", "Biljet"},
    {"12", "Zaak"},
}};

// §2.7 (code 5 is absent in the source; soort object not kept)
constexpr std::array<Rij, 11> kSoortenObjectId{{
    {"1", "Burgerservicenummer"},
    {"2", "Rechtspersonen en Samenwerkingsverbanden Identificatienummer"},
    {"3", "Vestigingsnummer"},
    {"4", "Identificatie"},
    {"6", "Identificatie"},
    {"7", "Identificatie"},
    {"8", "Identificatie"},
    {"9", "WozObjectnummer"},
    {"10", "Identificatie"},
    {"11", "Identificatie"},
    {"12", "Zaakidentificatie"},
}};

}  // namespace

std::span<const Rij> talen() { return kTalen; }
std::span<const Rij> soorten_digitaal_adres() { return kSoortenDigitaalAdres; }
std::span<const Rij> externe_registers() { return kExterneRegisters; }
std::span<const Rij> soorten_object() { return kSoortenObject; }
std::span<const Rij> soorten_object_id() { return kSoortenObjectId; }

}  // namespace ki::referentielijsten::detail
