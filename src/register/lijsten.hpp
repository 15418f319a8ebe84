#pragma once
// The query parameters of each list endpoint (Open Klant's filters).

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "impl.hpp"

namespace ki {

template <class T>
struct Filter {
  std::string_view naam;  // the query parameter, as the API names it
  // Whether a stored object passes with this value.
  bool (*past)(const T& obj, std::string_view waarde, const opslag::Opslag& o);
  // Optionally the candidates from an index (so the list needs no scan);
  // std::nullopt when the filter has no index.
  std::optional<std::vector<Uuid>> (*kandidaten)(std::string_view waarde,
                                                 const opslag::Opslag& o) = nullptr;
};

// The filters of T's list endpoint (empty span: only page/pageSize).
template <class T>
std::span<const Filter<T>> filters();

// Defined in filters.cpp, one per resource.
template <> std::span<const Filter<Partij>> filters<Partij>();
template <> std::span<const Filter<DigitaalAdres>> filters<DigitaalAdres>();
template <> std::span<const Filter<Klantcontact>> filters<Klantcontact>();
template <> std::span<const Filter<InterneTaak>> filters<InterneTaak>();
template <> std::span<const Filter<Betrokkene>> filters<Betrokkene>();
template <> std::span<const Filter<PartijIdentificator>> filters<PartijIdentificator>();
template <> std::span<const Filter<ActorKlantcontact>> filters<ActorKlantcontact>();
template <> std::span<const Filter<Actor>> filters<Actor>();
template <> std::span<const Filter<Onderwerpobject>> filters<Onderwerpobject>();
template <> std::span<const Filter<Bijlage>> filters<Bijlage>();
template <> std::span<const Filter<Rekeningnummer>> filters<Rekeningnummer>();
template <> std::span<const Filter<Vertegenwoordigden>> filters<Vertegenwoordigden>();
template <> std::span<const Filter<Categorie>> filters<Categorie>();
template <> std::span<const Filter<CategorieRelatie>> filters<CategorieRelatie>();

}  // namespace ki
