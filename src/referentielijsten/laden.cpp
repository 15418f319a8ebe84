// Loading a list from a Referentielijsten API document: the VNG array or the
// Maykin items page (referentielijsten.md §1, §1.2; KI-KAN-002/003).

#include <boost/json/parse.hpp>
#include <fmt/format.h>

#include <cctype>

#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/referentielijsten/referentielijsten.hpp"

namespace ki::referentielijsten {

namespace {

namespace bj = boost::json;

const bj::value* veld(const bj::object& o, std::string_view a, std::string_view b = {}) {
  if (const auto* v = o.if_contains(a)) return v;
  return b.empty() ? nullptr : o.if_contains(b);
}

bool leeg(const bj::value* v) { return !v || v->is_null(); }

// KI-KAN-003: missing, empty or unparseable -> no bound; naive counts as UTC
// (als_tijdstip). Only ISO 8601 text counts, so it starts with the year.
std::optional<DateTime> grens(const bj::value* v) {
  if (!v || !v->is_string() || v->get_string().empty()) return std::nullopt;
  const std::string_view s = v->get_string();
  if (!std::isdigit(static_cast<unsigned char>(s.front()))) return std::nullopt;
  return json::parse_date_time(s);
}

// Land's VNG `Datum` fields: a date is midnight UTC; a date-time is accepted too.
std::optional<DateTime> datum_grens(const bj::value* v) {
  if (v && v->is_string()) {
    if (const auto d = json::parse_date(v->get_string())) return DateTime{*d, 0, 0, 0, 0, -1, DateTime::Zone::utc, 0};
  }
  return grens(v);
}

// One item in either shape: {code, naam, indicatieActief} (VNG), Land's
// {landcode, landnaam, ingangsdatumLand, einddatumLand} (VNG), or {code, naam,
// begindatumGeldigheid, einddatumGeldigheid, ...} (Maykin). Returns false when
// the item is skipped.
bool lees_item(const bj::value& v, const std::string& pad, Item& uit, InvalidParams& fouten) {
  if (!v.is_object()) {
    fouten.push_back({pad + ".nonFieldErrors", "invalid",
                      fmt::format("Invalid data. Expected a dictionary, but got {}.", json::python_type_name(v))});
    return false;
  }
  const bj::object& o = v.get_object();
  const bj::value* code = veld(o, "code", "landcode");
  if (leeg(code) || (code->is_string() && code->get_string().empty())) return false;  // KI-KAN-003
  const std::size_t voor = fouten.size();
  if (!code->is_string()) fouten.push_back({pad + ".code", "invalid", "Not a valid string."});
  const bj::value* naam = veld(o, "naam", "landnaam");
  if (!leeg(naam) && !naam->is_string()) fouten.push_back({pad + ".naam", "invalid", "Not a valid string."});
  const bj::value* actief = o.if_contains("indicatieActief");
  if (!leeg(actief) && !actief->is_bool())
    fouten.push_back({pad + ".indicatieActief", "invalid", "Must be a valid boolean."});
  if (fouten.size() != voor) return false;

  uit.code = code->get_string();
  uit.naam = leeg(naam) ? std::string() : std::string(naam->get_string());
  uit.indicatie_actief = leeg(actief) || actief->get_bool();
  const bj::value* begin = o.if_contains("begindatumGeldigheid");
  const bj::value* eind = o.if_contains("einddatumGeldigheid");
  uit.begin_geldigheid = begin ? grens(begin) : datum_grens(o.if_contains("ingangsdatumLand"));
  uit.eind_geldigheid = eind ? grens(eind) : datum_grens(o.if_contains("einddatumLand"));
  return true;
}

}  // namespace

// On any error nothing changes; a loaded Kanaal list turns KI-KAN-001 on.
InvalidParams Referentielijsten::laad(Lijst l, std::string_view tekst) {
  boost::system::error_code ec;
  const bj::value doc = bj::parse(tekst, ec);
  if (ec) return {{"nonFieldErrors", "parse_error", fmt::format("JSON parse error - {}", ec.message())}};

  const bj::array* lijst = nullptr;
  std::string prefix;
  if (doc.is_array()) {
    lijst = &doc.get_array();
  } else if (doc.is_object()) {
    const bj::value* results = doc.get_object().if_contains("results");
    if (!results) return {{"results", "required", "This field is required."}};
    if (!results->is_array())
      return {{"results", "invalid",
               fmt::format("Expected a list of items but got type \"{}\".", json::python_type_name(*results))}};
    lijst = &results->get_array();
    prefix = "results.";
  } else {
    return {{"nonFieldErrors", "invalid",
             fmt::format("Expected a list of items or a page with \"results\" but got type \"{}\".",
                         json::python_type_name(doc))}};
  }

  InvalidParams fouten;
  std::vector<Item> items;
  items.reserve(lijst->size());
  for (std::size_t i = 0; i < lijst->size(); ++i) {
    Item item;
    if (lees_item((*lijst)[i], prefix + std::to_string(i), item, fouten)) items.push_back(std::move(item));
  }
  if (!fouten.empty()) return fouten;

  tabellen_[static_cast<std::size_t>(l)].items = std::move(items);
  if (l == Lijst::kanaal) kanaal_validatie_ = true;
  return {};
}

}  // namespace ki::referentielijsten
