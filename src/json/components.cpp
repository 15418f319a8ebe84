// The component table: every OpenAPI component name and the model type that
// reads and writes it.

#include "klantinteracties/json/components.hpp"

#include <array>
#include <iterator>
#include <vector>

#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/naam_tabel.hpp"
#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/validate.hpp"

namespace ki::json {

namespace {

// Moves `gevonden` to the end of `errors`; true when there were none.
bool neem_over(InvalidParams& gevonden, InvalidParams& errors) {
  const bool geen = gevonden.empty();
  errors.insert(errors.end(), std::make_move_iterator(gevonden.begin()),
                std::make_move_iterator(gevonden.end()));
  return geen;
}

template <class T>
boost::json::value roundtrip_as(const boost::json::value& body, InvalidParams& errors) {
  auto d = decode<T>(body);
  if (!neem_over(d.errors, errors)) return nullptr;
  return encode(d.value);
}

// Body: a boost::json::value or a Band.
template <class T, class Body>
boost::json::value validate_as(const Body& body, const rules::Options& options,
                               InvalidParams& errors) {
  auto v = rules::validate<T>(body, options);
  if (!neem_over(v.errors, errors)) return nullptr;
  return encode(v.value);
}

template <class T, class Body>
bool check_as(const Body& body, const rules::Options& options, InvalidParams& errors) {
  auto v = rules::validate<T>(body, options);
  return neem_over(v.errors, errors);
}

template <class T>
constexpr Component c(std::string_view naam, Gebruik g) {
  Component comp{naam, g, &roundtrip_as<T>};
  if (g == Gebruik::resource || g == Gebruik::patch) {
    comp.validate = &validate_as<T, boost::json::value>;
    comp.check = &check_as<T, boost::json::value>;
    comp.validate_band = &validate_as<T, Band>;
    comp.check_band = &check_as<T, Band>;
  }
  return comp;
}

using G = Gebruik;

const std::array kComponents{
    c<Actor>("Actor", G::resource),
    c<Ref<Actor>>("ActorForeignKey", G::part),
    c<ActorKlantcontact>("ActorKlantcontact", G::resource),
    c<Objectidentificator>("Actoridentificator", G::part),
    c<Actor>("Base_ActorSerializer", G::part),
    c<Partij>("Base_PartijSerializer", G::part),
    c<Betrokkene>("Betrokkene", G::resource),
    c<Adres>("BetrokkeneCorrespondentieadres", G::part),
    c<Ref<Betrokkene>>("BetrokkeneForeignKey", G::part),
    c<Betrokkene>("BetrokkeneKlantcontactReadOnly", G::part),
    c<Adres>("Bezoekadres", G::part),
    c<Bijlage>("Bijlage", G::resource),
    c<Ref<Bijlage>>("BijlageForeignKey", G::part),
    c<Objectidentificator>("BijlageIdentificator", G::part),
    c<Categorie>("Categorie", G::resource),
    c<CategorieRef>("CategorieForeignKey", G::part),
    c<CategorieRelatie>("CategorieRelatie", G::resource),
    c<CategorieRelatieRef>("CategorieRelatieForeignKey", G::part),
    c<Contactnaam>("Contactnaam", G::part),
    c<Contactpersoon>("Contactpersoon", G::part),
    c<Contactnaam>("ContactpersoonPersoon", G::part),
    c<DigitaalAdres>("DigitaalAdres", G::resource),
    c<Ref<DigitaalAdres>>("DigitaalAdresForeignKey", G::part),
    c<Betrokkene>("ExpandBetrokkene", G::response),
    c<DigitaalAdres>("ExpandDigitaalAdres", G::response),
    c<Klantcontact>("ExpandKlantcontact", G::response),
    c<Partij>("ExpandPartij", G::response),
    c<GeautomatiseerdeActor>("GeautomatiseerdeActor", G::part),
    c<InterneTaak>("InterneTaak", G::resource),
    c<Ref<InterneTaak>>("InterneTaakForeignKey", G::part),
    c<Klantcontact>("Klantcontact", G::resource),
    c<Ref<Klantcontact>>("KlantcontactForeignKey", G::part),
    c<MaakKlantcontact>("MaakKlantcontact", G::resource),
    c<Medewerker>("Medewerker", G::part),
    c<Onderwerpobject>("Onderwerpobject", G::resource),
    c<OnderwerpobjectDeleteResponse>("OnderwerpobjectDeleteResponse", G::response),
    c<Ref<Onderwerpobject>>("OnderwerpobjectForeignKey", G::part),
    c<Onderwerpobject>("OnderwerpobjectKlantcontactReadOnly", G::part),
    c<Objectidentificator>("Onderwerpobjectidentificator", G::part),
    c<Organisatie>("Organisatie", G::part),
    c<OrganisatorischeEenheid>("OrganisatorischeEenheid", G::part),
    c<Pagina<ActorKlantcontact>>("PaginatedActorKlantcontactList", G::response),
    c<Pagina<Actor>>("PaginatedActorList", G::response),
    c<Pagina<Betrokkene>>("PaginatedBetrokkeneList", G::response),
    c<Pagina<Bijlage>>("PaginatedBijlageList", G::response),
    c<Pagina<Categorie>>("PaginatedCategorieList", G::response),
    c<Pagina<CategorieRelatie>>("PaginatedCategorieRelatieList", G::response),
    c<Pagina<DigitaalAdres>>("PaginatedDigitaalAdresList", G::response),
    c<Pagina<Betrokkene>>("PaginatedExpandBetrokkeneList", G::response),
    c<Pagina<DigitaalAdres>>("PaginatedExpandDigitaalAdresList", G::response),
    c<Pagina<Klantcontact>>("PaginatedExpandKlantcontactList", G::response),
    c<Pagina<Partij>>("PaginatedExpandPartijList", G::response),
    c<Pagina<InterneTaak>>("PaginatedInterneTaakList", G::response),
    c<Pagina<Klantcontact>>("PaginatedKlantcontactList", G::response),
    c<Pagina<Onderwerpobject>>("PaginatedOnderwerpobjectList", G::response),
    c<Pagina<PartijIdentificator>>("PaginatedPartijIdentificatorList", G::response),
    c<Pagina<Partij>>("PaginatedPartijList", G::response),
    c<Pagina<Rekeningnummer>>("PaginatedRekeningnummerList", G::response),
    c<Pagina<Vertegenwoordigden>>("PaginatedVertegenwoordigdenList", G::response),
    c<Partij>("Partij", G::resource),
    c<Adres>("PartijBezoekadres", G::part),
    c<Adres>("PartijCorrespondentieadres", G::part),
    c<Ref<Partij>>("PartijForeignKey", G::part),
    c<Ref<Partij>>("PartijForeignkeyBase", G::part),
    c<PartijIdentificator>("PartijIdentificator", G::resource),
    c<Ref<PartijIdentificator>>("PartijIdentificatorForeignkey", G::part),
    c<PartijIdentificatorGroep>("PartijIdentificatorGroepType", G::part),
    c<Ref<Partij>>("PartijPolymorphic", G::part),
    c<Actor>("PatchedActor", G::patch),
    c<ActorKlantcontact>("PatchedActorKlantcontact", G::patch),
    c<Betrokkene>("PatchedBetrokkene", G::patch),
    c<Bijlage>("PatchedBijlage", G::patch),
    c<Categorie>("PatchedCategorie", G::patch),
    c<CategorieRelatie>("PatchedCategorieRelatie", G::patch),
    c<DigitaalAdres>("PatchedDigitaalAdres", G::patch),
    c<InterneTaak>("PatchedInterneTaak", G::patch),
    c<Klantcontact>("PatchedKlantcontact", G::patch),
    c<Onderwerpobject>("PatchedOnderwerpobject", G::patch),
    c<Partij>("PatchedPartij", G::patch),
    c<PartijIdentificator>("PatchedPartijIdentificator", G::patch),
    c<Rekeningnummer>("PatchedRekeningnummer", G::patch),
    c<Vertegenwoordigden>("PatchedVertegenwoordigden", G::patch),
    c<Persoon>("Persoon", G::part),
    c<Contactnaam>("PersoonContact", G::part),
    c<Rekeningnummer>("Rekeningnummer", G::resource),
    c<Ref<Rekeningnummer>>("RekeningnummerForeignKey", G::part),
    c<Vertegenwoordigden>("Vertegenwoordigden", G::resource),
    c<Partij>("contactpersoon_PartijSerializer", G::part),
    c<Actor>("geautomatiseerde_actor_ActorSerializer", G::part),
    c<Actor>("medewerker_ActorSerializer", G::part),
    c<Partij>("organisatie_PartijSerializer", G::part),
    c<Actor>("organisatorische_eenheid_ActorSerializer", G::part),
    c<Partij>("persoon_PartijSerializer", G::part),
};

}  // namespace

std::span<const Component> components() { return kComponents; }

const Component* find_component_exact(std::string_view naam) {
  static const detail::NaamTabel namen = [] {
    std::vector<std::string_view> n;
    for (const auto& comp : kComponents) n.push_back(comp.naam);
    return detail::NaamTabel(std::move(n));
  }();
  const int i = namen.vind(naam);
  return i < 0 ? nullptr : &kComponents[static_cast<std::size_t>(i)];
}

const Component* find_component(std::string_view naam) {
  if (const Component* c = find_component_exact(naam)) return c;  // the common case
  for (const auto& comp : kComponents)
    if (detail::equal_ignoring_case(comp.naam, naam)) return &comp;
  return nullptr;
}

}  // namespace ki::json
