// Throughput on the corpus, per file: the Boost.JSON parse floor, parse +
// validate through the C++ API and through the C ABI, and encode against
// boost::json::serialize of the same document.

#include <boost/json.hpp>

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <sstream>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "bench.hpp"
#include "klantinteracties.h"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/rules/validate.hpp"

namespace bench {
namespace {

using Waarde = std::variant<ki::Klantcontact, ki::Partij, ki::Betrokkene, ki::DigitaalAdres,
                            ki::InterneTaak, ki::MaakKlantcontact>;

struct Payload {
  std::string type;  // the component, as the C ABI takes it
  std::size_t soort;  // index into Waarde (in the encode set: into its values)
  std::string text;
};

std::size_t soort_van(std::string_view type) {
  if (type == "Klantcontact") return 0;
  if (type == "Partij") return 1;
  if (type == "Betrokkene") return 2;
  if (type == "DigitaalAdres") return 3;
  if (type == "InterneTaak") return 4;
  if (type == "MaakKlantcontact") return 5;
  throw std::runtime_error("unknown type in corpus: " + std::string(type));
}

std::string lees(const std::string& pad) {
  std::ifstream in(pad, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + pad);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<Payload> laad(const std::string& pad) {
  std::vector<Payload> uit;
  std::istringstream in(lees(pad));
  for (std::string regel; std::getline(in, regel);) {
    const auto v = boost::json::parse(regel).as_object();
    const std::string type(v.at("type").as_string());
    uit.push_back({type, soort_van(type), std::string(v.at("body").as_string())});
  }
  return uit;
}

// Runs `f` over the payloads (true: valid) once untimed to count the
// invalid ones, then timed passes until `min_seconden` have gone by.
template <class F>
boost::json::object meet(const std::vector<Payload>& ps, double min_seconden, F&& f) {
  std::size_t invalid = 0;
  for (const auto& p : ps) invalid += f(p) ? 0 : 1;
  std::size_t passes = 0;
  const auto start = Klok::now();
  double t = 0;
  do {
    for (const auto& p : ps) f(p);
    ++passes;
    t = seconden(start);
  } while (t < min_seconden);
  std::size_t bytes = 0;
  for (const auto& p : ps) bytes += p.text.size();
  return {{"payloads", ps.size() * passes}, {"bytes", bytes * passes}, {"seconds", t},
          {"invalid", invalid}};
}

// validate<T> for the payload's type, of a DOM or (as users call it) of the text.
template <std::size_t I = 0, class Body>
bool valideer(const Payload& p, const Body& body, Waarde* uit = nullptr) {
  if constexpr (I < std::variant_size_v<Waarde>) {
    if (p.soort != I) return valideer<I + 1>(p, body, uit);
    using T = std::variant_alternative_t<I, Waarde>;
    auto v = ki::rules::validate<T>(body);
    if (uit != nullptr && v.ok()) *uit = std::move(v.value);
    return v.ok();
  } else {
    return false;
  }
}

volatile std::size_t gootsteen = 0;  // keeps results observable to the optimiser

}  // namespace

int doorvoer(const std::string& corpus, double min_seconden, const std::string& alleen) {
  const auto manifest = boost::json::parse(lees(corpus + "/manifest.json")).as_object();
  for (const auto& entry : manifest) {
    const std::string bestand(entry.key());
    const auto ps = laad(corpus + "/" + bestand + ".jsonl");
    auto gevraagd = [&](std::string_view methode) { return alleen.empty() || alleen == methode; };
    auto regel = [&](std::string_view methode, boost::json::object m) {
      m["file"] = bestand;
      m["method"] = methode;
      print(m);
    };

    if (gevraagd("parse")) regel("parse", meet(ps, min_seconden, [](const Payload& p) {
      boost::system::error_code ec;
      auto v = boost::json::parse(p.text, ec);
      gootsteen = gootsteen + v.is_object();
      return !ec;
    }));
    if (gevraagd("parse_mr")) regel("parse_mr", meet(ps, min_seconden, [](const Payload& p) {
      unsigned char buffer[4096];
      boost::json::monotonic_resource nodes(buffer, sizeof buffer);
      boost::system::error_code ec;
      auto v = boost::json::parse(p.text, ec, &nodes);
      gootsteen = gootsteen + v.is_object();
      return !ec;
    }));
    if (gevraagd("cpp")) regel("cpp", meet(ps, min_seconden, [](const Payload& p) {
      return valideer(p, std::string_view(p.text));
    }));
    if (gevraagd("capi")) regel("capi", meet(ps, min_seconden, [](const Payload& p) {
      return ki_validate(nullptr, p.type.c_str(), p.text.c_str(), nullptr, nullptr) == KI_OK;
    }));

    // Encode: the valid payloads decoded once; the floor serialises the DOM
    // of the very JSON encode produces.
    std::vector<Payload> geldig;
    std::vector<Waarde> waarden;
    std::vector<boost::json::value> doms;
    for (const auto& p : ps) {
      ki::InvalidParams fouten;
      Waarde w;
      if (!valideer(p, ki::json::parse(p.text, fouten), &w)) continue;
      std::string tekst = std::visit([](const auto& x) { return ki::json::encode_string(x); }, w);
      doms.push_back(boost::json::parse(tekst));
      waarden.push_back(std::move(w));
      geldig.push_back({p.type, geldig.size(), std::move(tekst)});
    }
    if (gevraagd("encode")) regel("encode", meet(geldig, min_seconden, [&](const Payload& p) {
      const auto s = std::visit([](const auto& x) { return ki::json::encode_string(x); },
                                waarden[p.soort]);
      gootsteen = gootsteen + s.size();
      return true;
    }));
    if (gevraagd("serialize")) regel("serialize", meet(geldig, min_seconden, [&](const Payload& p) {
      const auto s = boost::json::serialize(doms[p.soort]);
      gootsteen = gootsteen + s.size();
      return true;
    }));
  }
  print({{"method", "process"}, {"peak_rss", piek_rss()}});
  return 0;
}

}  // namespace bench
