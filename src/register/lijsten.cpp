// GET /{collectie}: filters, pagination (model.md §9) and expand.

#include "lijsten.hpp"

#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <mutex>

#include <fmt/format.h>

namespace ki {

namespace {

constexpr std::size_t kStandaardPaginagrootte = 100;
constexpr std::size_t kMaximalePaginagrootte = 500;

std::optional<std::size_t> getal(std::string_view s) {
  std::size_t n = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return n;
}

// Python's urllib.parse.quote_plus: unreserved characters stay, a space
// becomes `+`, every other byte `%XX`.
std::string quote_plus(std::string_view s) {
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    const bool vrij = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '.' || c == '-' || c == '~';
    if (vrij)
      out += ch;
    else if (c == ' ')
      out += '+';
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

// The collection URL with the query, `page` replaced (or dropped for 1), as
// DRF's replace_query_param / remove_query_param write it: the parameters
// sorted by name (values of one name in request order), URL-encoded.
std::string pagina_url(std::string_view basis, const Query& query, std::size_t pagina) {
  std::map<std::string, std::vector<std::string>> per_naam;
  for (const auto& [k, v] : query)
    if (k != "page") per_naam[k].push_back(v);
  if (pagina > 1) per_naam["page"] = {std::to_string(pagina)};
  std::string url(basis);
  char scheiding = '?';
  for (const auto& [k, waarden] : per_naam)
    for (const auto& v : waarden) {
      url += scheiding;
      url += quote_plus(k);
      url += '=';
      url += quote_plus(v);
      scheiding = '&';
    }
  return url;
}

template <class T>
constexpr bool heeft_expand = requires(T t) { t.expand; };

// One page of a list: the uuids on it, in creation order, and the count of
// all matches.
struct Treffers {
  std::vector<Uuid> pagina;
  std::size_t count = 0;
};

template <class T>
Treffers zoek_pagina(const opslag::Opslag& o,
                     const std::vector<std::pair<const Filter<T>*, std::string_view>>& actief,
                     std::size_t begin, std::size_t grootte) {
  const auto& v = o.van<T>();
  Treffers t;
  if (actief.empty()) {
    // Without a filter the count is the collection's size; only the page is
    // collected, and the walk stops after it.
    t.count = v.items.size();
    std::size_t i = 0;
    v.volgorde.voor_elk([&](const Uuid& u) {
      if (i >= begin) t.pagina.push_back(u);
      return ++i < begin + grootte;
    });
    return t;
  }
  // Candidates from an index when a filter has one, else every object; each
  // is unpacked to be judged.
  std::optional<std::vector<Uuid>> kandidaten;
  for (const auto& [f, waarde] : actief)
    if (f->kandidaten && !kandidaten) kandidaten = f->kandidaten(waarde, o);
  auto bekijk = [&](const Uuid& u) {
    const T obj = *v.vind(u);
    for (const auto& [f, waarde] : actief)
      if (!f->past(obj, waarde, o)) return;
    if (t.count >= begin && t.count < begin + grootte) t.pagina.push_back(u);
    ++t.count;
  };
  if (kandidaten) {
    std::erase_if(*kandidaten, [&](const Uuid& u) { return !v.bevat(u); });
    std::sort(kandidaten->begin(), kandidaten->end(),
              [&](const Uuid& a, const Uuid& b) { return v.volgnummer(a) < v.volgnummer(b); });
    kandidaten->erase(std::unique(kandidaten->begin(), kandidaten->end()), kandidaten->end());
    for (const auto& u : *kandidaten) bekijk(u);
  } else {
    v.volgorde.voor_elk(bekijk);
  }
  return t;
}

}  // namespace

template <class T>
Antwoord Register::list(const Query& query) const {
  auto lock = impl_->leesslot();
  const auto& o = impl_->opslag;
  const auto& v = o.van<T>();
  std::size_t pagina = 1, grootte = kStandaardPaginagrootte;
  std::string expand;
  std::vector<std::pair<const Filter<T>*, std::string_view>> actief;
  std::vector<std::string> onbekend;
  bool ongeldige_pagina = false;
  for (const auto& [k, waarde] : query) {
    if (k == "page") {
      auto n = getal(waarde);
      ongeldige_pagina = !n || *n == 0;  // DRF: "Ongeldige pagina." (after the filters)
      if (!ongeldige_pagina) pagina = *n;
    } else if (k == "pageSize") {
      if (auto n = getal(waarde); n && *n > 0) grootte = std::min(*n, kMaximalePaginagrootte);
    } else if (k == "expand" && heeft_expand<T>) {
      expand = waarde;
    } else {
      const Filter<T>* gevonden = nullptr;
      for (const auto& f : filters<T>())
        if (f.naam == k) gevonden = &f;
      // django-filter skips a filter whose value is empty.
      if (gevonden && !waarde.empty())
        actief.emplace_back(gevonden, waarde);
      else if (gevonden)
        continue;
      else
        onbekend.push_back(k);
    }
  }
  if (!onbekend.empty())  // model.md §9
    return impl_->ongeldig({{"nonFieldErrors", "unknown-parameters",
                             fmt::format("Onbekende query parameters: {}",
                                         fmt::join(onbekend, ", "))}});
  if (ongeldige_pagina) return impl_->niet_gevonden();

  // A page beyond any count (also one whose offset would not fit) is not found.
  if (pagina - 1 > std::numeric_limits<std::size_t>::max() / grootte - 1)
    return impl_->niet_gevonden();
  const std::size_t begin = (pagina - 1) * grootte;

  const auto [treffers, count] = zoek_pagina(o, actief, begin, grootte);
  if (begin > 0 && begin >= count) return impl_->niet_gevonden();
  const std::string basis = impl_->options.base_url + "/klantinteracties/api/v1/" +
                            std::string(Resource<T>::collectie);
  boost::json::object pagina_body;
  pagina_body["count"] = count;
  pagina_body["next"] = begin + grootte < count
                            ? boost::json::value(pagina_url(basis, query, pagina + 1))
                            : boost::json::value(nullptr);
  pagina_body["previous"] = pagina > 1 ? boost::json::value(pagina_url(basis, query, pagina - 1))
                                       : boost::json::value(nullptr);
  boost::json::array results;
  for (const auto& u : treffers) {
    T obj = impl_->weergave.render(*v.vind(u), expand);
    if constexpr (heeft_expand<T>) {
      // Every element of an Expand* list carries `_expand` (model.md §1.9 item 9).
      if (!obj.expand.present()) obj.expand.emplace();
    }
    results.push_back(json::encode(obj));
  }
  pagina_body["results"] = std::move(results);
  return {HttpStatus::ok, std::move(pagina_body)};
}

template Antwoord Register::list<Klantcontact>(const Query&) const;
template Antwoord Register::list<Betrokkene>(const Query&) const;
template Antwoord Register::list<Onderwerpobject>(const Query&) const;
template Antwoord Register::list<Bijlage>(const Query&) const;
template Antwoord Register::list<ActorKlantcontact>(const Query&) const;
template Antwoord Register::list<Actor>(const Query&) const;
template Antwoord Register::list<InterneTaak>(const Query&) const;
template Antwoord Register::list<Partij>(const Query&) const;
template Antwoord Register::list<PartijIdentificator>(const Query&) const;
template Antwoord Register::list<DigitaalAdres>(const Query&) const;
template Antwoord Register::list<Rekeningnummer>(const Query&) const;
template Antwoord Register::list<Vertegenwoordigden>(const Query&) const;
template Antwoord Register::list<Categorie>(const Query&) const;
template Antwoord Register::list<CategorieRelatie>(const Query&) const;

}  // namespace ki
