#pragma once
// The game's own PRNG (xoshiro256**, seeded by SplitMix64). Its state lives in GameState so that
// a saved game resumes with the same random stream. No std::*_distribution: their output differs
// between standard libraries, and the game must be identical everywhere.
#include <array>
#include <cstdint>

namespace hr {

class Rng {
  public:
    Rng() : Rng(0) {}
    explicit Rng(std::uint64_t seed);

    std::uint64_t next_u64();
    // Uniform in [0, 1) with 53 random bits.
    double uniform();
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n), n > 0, without modulo bias.
    std::uint64_t below(std::uint64_t n);
    // Approximately normal (sum of 4 uniforms, rescaled): deterministic, bounded in ±2*sqrt(3).
    double noise();
    // An independent stream derived from this one's current state and a label.
    Rng fork(std::uint64_t label) const;

    const std::array<std::uint64_t, 4>& state() const { return s_; }
    void set_state(const std::array<std::uint64_t, 4>& s) { s_ = s; }

    friend bool operator==(const Rng&, const Rng&) = default;

  private:
    std::array<std::uint64_t, 4> s_{};
};

std::uint64_t splitmix64(std::uint64_t& x);

} // namespace hr
