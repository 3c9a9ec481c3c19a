#pragma once
// The value chain (DESIGN §1): for each sale, the share of the final price captured by each stage
// (design, inputs, production, marketing, distribution, retail) and who performs it.
#include "core/round_result.hpp"
#include "core/scenario.hpp"

#include <array>

namespace hr {

// The split of one sale: the firm is paid `price` per thousand units and spends `input_cost` of
// it on inputs, a share `local_inputs` of which is bought from cluster suppliers. The stages the
// firm performs depend on the channel (own brand keeps design and marketing, contracts leave them
// to the buyer) and, for contracts, on the governance.
ValueChainSplit split_sale(const ModelParams& p, SalesChannel channel, Governance governance,
                           double price, double input_cost, double local_inputs);

// The value-weighted average of several splits (weights: final-price value of each channel's
// sales). Each stage's captor is the one that captures most of its value.
ValueChainSplit combine_splits(const std::array<ValueChainSplit, kSalesChannels>& splits,
                               const std::array<double, kSalesChannels>& weights);

} // namespace hr
