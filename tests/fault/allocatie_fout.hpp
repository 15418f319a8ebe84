#pragma once
// Makes the n-th allocation of the armed region throw std::bad_alloc (the
// global operator new is replaced in allocatie_fout.cpp; unarmed it only
// forwards to malloc).

#include <atomic>

namespace ki::fouttest {

// Allocations to pass before one fails; negative: off.
extern std::atomic<long> allocaties_tot_fout;

class AllocatieFoutNa {
public:
  explicit AllocatieFoutNa(long n) { allocaties_tot_fout.store(n); }
  ~AllocatieFoutNa() { allocaties_tot_fout.store(-1); }
  AllocatieFoutNa(const AllocatieFoutNa&) = delete;
  AllocatieFoutNa& operator=(const AllocatieFoutNa&) = delete;
  // Whether the failing allocation was reached.
  bool gefaald() const { return allocaties_tot_fout.load() < 0; }
};

}  // namespace ki::fouttest
