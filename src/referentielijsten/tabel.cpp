// Look-ups in the lists and the fixed code systems.

#include <algorithm>
#include <array>

#include "data.hpp"
#include "klantinteracties/referentielijsten/referentielijsten.hpp"

namespace ki::referentielijsten {

const Item* Tabel::vind(std::string_view c) const {
  const auto it = std::ranges::find(items, c, &Item::code);
  return it == items.end() ? nullptr : &*it;
}

// KI-KAN-004: the valid codes in API order.
std::vector<std::string_view> Tabel::geldige_codes(std::chrono::system_clock::time_point now) const {
  std::vector<std::string_view> out;
  for (const Item& i : items)
    if (i.geldig_op(now)) out.push_back(i.code);
  return out;
}

const Tabel& Referentielijsten::tabel(Lijst l) const { return tabellen_[static_cast<std::size_t>(l)]; }

std::chrono::system_clock::time_point Referentielijsten::nu() const {
  return klok_ ? *klok_ : std::chrono::system_clock::now();
}

// KI-ADR-004/005: exact match against the fixed list of §6, whatever is loaded.
bool Referentielijsten::is_landcode(std::string_view code) const {
  // Every code is two capitals: one bit per pair, set once from the list.
  static const std::array<bool, 26 * 26> bekend = [] {
    std::array<bool, 26 * 26> b{};
    for (const std::string_view c : detail::iso3166()) b[(c[0] - 'A') * 26 + (c[1] - 'A')] = true;
    return b;
  }();
  if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z')
    return false;
  return bekend[static_cast<std::size_t>((code[0] - 'A') * 26 + (code[1] - 'A'))];
}

// referentielijsten.md §7 (the table is sorted by Tabel 34 code).
std::optional<std::string_view> Referentielijsten::tabel34_naar_iso(std::string_view code) const {
  const auto rijen = detail::tabel34();
  const auto it = std::ranges::lower_bound(rijen, code, {}, &detail::Tabel34Rij::tabel34);
  if (it == rijen.end() || it->tabel34 != code) return std::nullopt;
  return it->iso;
}

}  // namespace ki::referentielijsten

namespace ki::referentielijsten {

namespace {

constexpr std::array<std::string_view, 7> kNamen{
    "kanaal", "land", "taal", "soort_digitaal_adres", "soort_object", "soort_object_id",
    "extern_register"};

}  // namespace

std::string_view naam(Lijst l) { return kNamen[static_cast<std::size_t>(l)]; }

std::optional<Lijst> lijst_uit_naam(std::string_view n) {
  for (std::size_t i = 0; i < kNamen.size(); ++i)
    if (kNamen[i] == n) return static_cast<Lijst>(i);
  return std::nullopt;
}

}  // namespace ki::referentielijsten
