// Throughput on the corpus, per file: the Boost.JSON parse floor, parse +
// validate through the C++ API and through the C ABI, and encode against
// boost::json::serialize of the same document.

#include <boost/json.hpp>

#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
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
  std::string type;   // the component, as the C ABI takes it
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

// One measured method: a function that judges a payload (true: valid) and
// the payloads it runs over.
struct Methode {
  std::string naam;
  const std::vector<Payload>* payloads;
  std::function<bool(const Payload&)> f;
  std::size_t invalid = 0, passes = 0;
  double seconden = 0;
};

// Runs each method once untimed (counting the invalid payloads), then timed
// in rounds of one pass per method, in turn, until every method has had
// `min_seconden`. A pass takes milliseconds, so a method and its floor see
// the same machine: a slower stretch (another guest, a frequency change)
// falls on both, and their ratio holds where one-after-the-other
// measurements of a third of a second drift apart.
void meet(std::vector<Methode>& methoden, double min_seconden) {
  for (auto& m : methoden)
    for (const auto& p : *m.payloads) m.invalid += m.f(p) ? 0 : 1;
  for (bool verder = true; verder;) {
    verder = false;
    for (auto& m : methoden) {
      const auto start = Klok::now();
      for (const auto& p : *m.payloads) m.f(p);
      m.seconden += seconden(start);
      ++m.passes;
      verder = verder || (m.seconden < min_seconden && !m.payloads->empty());
    }
  }
}

boost::json::object uitkomst(const Methode& m) {
  std::size_t bytes = 0;
  for (const auto& p : *m.payloads) bytes += p.text.size();
  return {{"payloads", m.payloads->size() * m.passes},
          {"bytes", bytes * m.passes},
          {"seconds", m.seconden},
          {"invalid", m.invalid}};
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

    std::vector<Methode> methoden;
    const auto voeg_toe = [&](std::string naam, const std::vector<Payload>& payloads,
                              std::function<bool(const Payload&)> f) {
      if (alleen.empty() || alleen == naam)
        methoden.push_back({std::move(naam), &payloads, std::move(f)});
    };
    voeg_toe("parse", ps, [](const Payload& p) {
      boost::system::error_code ec;
      auto v = boost::json::parse(p.text, ec);
      gootsteen = gootsteen + v.is_object();
      return !ec;
    });
    voeg_toe("parse_mr", ps, [](const Payload& p) {
      unsigned char buffer[4096];
      boost::json::monotonic_resource nodes(buffer, sizeof buffer);
      boost::system::error_code ec;
      auto v = boost::json::parse(p.text, ec, &nodes);
      gootsteen = gootsteen + v.is_object();
      return !ec;
    });
    voeg_toe("cpp", ps, [](const Payload& p) { return valideer(p, std::string_view(p.text)); });
    voeg_toe("capi", ps, [](const Payload& p) {
      return ki_validate(nullptr, p.type.c_str(), p.text.c_str(), nullptr, nullptr) == KI_OK;
    });
    voeg_toe("encode", geldig, [&](const Payload& p) {
      const auto s =
          std::visit([](const auto& x) { return ki::json::encode_string(x); }, waarden[p.soort]);
      gootsteen = gootsteen + s.size();
      return true;
    });
    voeg_toe("serialize", geldig, [&](const Payload& p) {
      const auto s = boost::json::serialize(doms[p.soort]);
      gootsteen = gootsteen + s.size();
      return true;
    });

    meet(methoden, min_seconden);
    for (const auto& m : methoden) {
      auto regel = uitkomst(m);
      regel["file"] = bestand;
      regel["method"] = m.naam;
      print(regel);
    }
  }
  print({{"method", "process"}, {"peak_rss", piek_rss()}});
  return 0;
}

}  // namespace bench
