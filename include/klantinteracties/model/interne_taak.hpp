#pragma once
// InterneTaak (model.md §6).

#include <string>
#include <vector>

#include "klantinteracties/model/ref.hpp"

namespace ki {

struct Klantcontact;
struct Actor;

enum class Status { te_verwerken, verwerkt };
template <>
struct EnumNames<Status> {
  static constexpr std::array<std::string_view, 2> waarden{"te_verwerken", "verwerkt"};
};

struct InterneTaak {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<std::string> nummer;
  Field<std::string> referentienummer;
  Field<std::string> gevraagdeHandeling;
  Field<Ref<Klantcontact>> aanleidinggevendKlantcontact;
  Field<Ref<Actor>> toegewezenAanActor;  // deprecated; XOR with toegewezenAanActoren
  Field<std::vector<Ref<Actor>>> toegewezenAanActoren;
  Field<std::string> toelichting;
  Field<Status> status;
  Field<DateTime> toegewezenOp;
  Field<DateTime> afgehandeldOp;
  Unknown unknown;
  friend bool operator==(const InterneTaak&, const InterneTaak&) = default;
};

template <>
struct Resource<InterneTaak> {
  static constexpr std::string_view naam = "InterneTaak";
  static constexpr std::string_view collectie = "internetaken";
};

template <>
struct Describe<InterneTaak> {
  static constexpr std::string_view naam = "InterneTaak";
  static constexpr auto velden = std::tuple{
      veld("uuid", &InterneTaak::uuid, read_only),
      veld("url", &InterneTaak::url, read_only | max_length(1000)),
      veld("nummer", &InterneTaak::nummer, nullable | max_length(10)),
      veld("referentienummer", &InterneTaak::referentienummer, nullable | max_length(10)),
      veld("gevraagdeHandeling", &InterneTaak::gevraagdeHandeling, required | max_length(200)),
      veld("aanleidinggevendKlantcontact", &InterneTaak::aanleidinggevendKlantcontact, required),
      veld("toegewezenAanActor", &InterneTaak::toegewezenAanActor),
      veld("toegewezenAanActoren", &InterneTaak::toegewezenAanActoren),
      veld("toelichting", &InterneTaak::toelichting, max_length(1000)),
      veld("status", &InterneTaak::status, required),
      veld("toegewezenOp", &InterneTaak::toegewezenOp, read_only),
      veld("afgehandeldOp", &InterneTaak::afgehandeldOp, nullable),
  };
};

}  // namespace ki
