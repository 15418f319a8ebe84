#pragma once
// The creation order of one collection, for lists, pages and snapshots:
// (volgnummer, uuid) pairs by volgnummer, 24 bytes each where a tree would
// spend a node of 64. New objects come last. A removed pair stays, marked,
// until the marked ones are half of all; so a replaced object, or one a
// rollback restores, finds its own place back without moving the others.

#include <boost/container/deque.hpp>

#include <algorithm>
#include <cstdint>
#include <type_traits>

#include "klantinteracties/model.hpp"

namespace ki::opslag {

class Volgorde {
public:
  void zet(std::uint64_t nr, const Uuid& u) {
    if (paren_.empty() || nr > paren_.back().nr()) {
      paren_.push_back({nr, u});
      return;
    }
    const auto it = zoek(nr);
    if (it != paren_.end() && it->nr() == nr) {
      if (it->weg()) --weg_;
      *it = {nr, u};
    } else {
      paren_.insert(it, {nr, u});  // its marked pair was cleared away meanwhile
    }
  }

  void haal_weg(std::uint64_t nr) {
    const auto it = zoek(nr);
    if (it == paren_.end() || it->nr() != nr || it->weg()) return;
    it->markeer();
    if (++weg_ * 2 > paren_.size() && paren_.size() >= 64) ruim_op();
  }

  // Calls f(uuid) for every object in creation order; an f that answers
  // bool stops the walk with false.
  template <class F>
  void voor_elk(F&& f) const {
    for (const auto& p : paren_) {
      if (p.weg()) continue;
      if constexpr (std::is_same_v<std::invoke_result_t<F&, const Uuid&>, bool>) {
        if (!f(p.uuid)) return;
      } else {
        f(p.uuid);
      }
    }
  }

  std::size_t size() const { return paren_.size() - weg_; }

private:
  struct Paar {
    static constexpr std::uint64_t kWeg = std::uint64_t{1} << 63;
    std::uint64_t nummer;  // kWeg set: removed
    Uuid uuid;
    std::uint64_t nr() const { return nummer & ~kWeg; }
    bool weg() const { return (nummer & kWeg) != 0; }
    void markeer() { nummer |= kWeg; }
  };

  boost::container::deque<Paar>::iterator zoek(std::uint64_t nr) {
    return std::lower_bound(paren_.begin(), paren_.end(), nr,
                            [](const Paar& p, std::uint64_t n) { return p.nr() < n; });
  }
  void ruim_op() {
    paren_.erase(
        std::remove_if(paren_.begin(), paren_.end(), [](const Paar& p) { return p.weg(); }),
        paren_.end());
    weg_ = 0;
  }

  // Blocks, not one array: no copy as it grows. Boost's, not std::deque: its
  // moves do not allocate, so swapping a whole storage cannot fail half-way.
  boost::container::deque<Paar> paren_;
  std::size_t weg_ = 0;
};

}  // namespace ki::opslag
