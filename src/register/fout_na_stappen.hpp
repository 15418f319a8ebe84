#pragma once
// A test hook for the all-or-nothing promise: makes the n-th storage step
// (Transactie::zet / wis) of the register throw, so tests can check that
// every write leaves nothing behind when it fails at any point. Off in
// normal use; then a step costs one load and one predictable branch.
//
//   ki::opslag::test::FoutNaStappen fout(3);  // steps 0..2 pass, step 3 throws
//   reg.create<ki::Partij>(body);
//   if (fout.gefaald()) ...                   // step 3 was reached

#include <atomic>
#include <stdexcept>

namespace ki::opslag {

// Steps to pass before one throws; negative: off. Atomic (relaxed) only so
// readers on other threads are well-defined while it stays off.
inline std::atomic<long> stappen_tot_fout{-1};

// The exception a failing step throws.
struct GesimuleerdeFout : std::runtime_error {
  GesimuleerdeFout() : std::runtime_error("gesimuleerde fout in een opslagstap") {}
};

// Called at every storage step.
inline void stap() {
  if (stappen_tot_fout.load(std::memory_order_relaxed) < 0) [[likely]]
    return;
  // One failure per arming: the rollback after it must run undisturbed.
  if (stappen_tot_fout.fetch_sub(1, std::memory_order_relaxed) == 0) throw GesimuleerdeFout();
}

namespace test {

// Arms the hook for its lifetime (one thread, one register call at a time).
class FoutNaStappen {
public:
  explicit FoutNaStappen(long n) { stappen_tot_fout.store(n, std::memory_order_relaxed); }
  ~FoutNaStappen() { stappen_tot_fout.store(-1, std::memory_order_relaxed); }
  FoutNaStappen(const FoutNaStappen&) = delete;
  FoutNaStappen& operator=(const FoutNaStappen&) = delete;
  // Whether the step that throws was reached (the counter ran out).
  bool gefaald() const { return stappen_tot_fout.load(std::memory_order_relaxed) < 0; }
};

}  // namespace test
}  // namespace ki::opslag
