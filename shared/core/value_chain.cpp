#include "core/value_chain.hpp"

#include <algorithm>

namespace hr {

double ValueChainSplit::firm_share() const {
    double s = 0;
    for (const double part : firm_part) {
        s += part;
    }
    return s;
}

double ValueChainSplit::cluster_share() const {
    double s = 0;
    for (const double part : cluster_part) {
        s += part;
    }
    return s;
}

namespace {

constexpr auto kDesign = static_cast<std::size_t>(ChainStage::Design);
constexpr auto kInputs = static_cast<std::size_t>(ChainStage::Inputs);
constexpr auto kProduction = static_cast<std::size_t>(ChainStage::Production);
constexpr auto kMarketing = static_cast<std::size_t>(ChainStage::Marketing);
constexpr auto kDistribution = static_cast<std::size_t>(ChainStage::Distribution);
constexpr auto kRetail = static_cast<std::size_t>(ChainStage::Retail);

std::array<bool, kChainStages> firm_stages(SalesChannel channel, Governance governance) {
    std::array<bool, kChainStages> firm{};
    firm[kProduction] = true;
    switch (channel) {
    case SalesChannel::OwnBrand:
        firm[kDesign] = firm[kMarketing] = firm[kDistribution] = true;
        break;
    case SalesChannel::AdjacentSector:
        firm[kDesign] = firm[kMarketing] = true;
        break;
    case SalesChannel::Contract:
        // A design partner shares development with the firm.
        firm[kDesign] = governance == Governance::Network;
        break;
    case SalesChannel::LowEndExport:
        break;
    }
    return firm;
}

} // namespace

ValueChainSplit split_sale(const ModelParams& p, SalesChannel channel, Governance governance,
                           double price, double input_cost, double local_inputs) {
    std::array<double, kChainStages> t = p.chain_template;
    double total = 0;
    for (double& v : t) {
        v = std::max(v, 0.0);
        total += v;
    }
    for (double& v : t) {
        v = total > 0 ? v / total : 1.0 / static_cast<double>(kChainStages);
    }
    const auto firm = firm_stages(channel, governance);
    ValueChainSplit split;
    const bool owned = channel == SalesChannel::Contract && governance == Governance::Hierarchy;
    for (std::size_t s = 0; s < kChainStages; ++s) {
        split.captor[s] = firm[s] ? Captor::Firm : Captor::Buyer;
    }
    split.captor[kInputs] =
        owned ? Captor::Buyer
              : (local_inputs >= 0.5 ? Captor::ClusterSupplier : Captor::OutsideSupplier);
    // The factory-gate price pays for the inputs and the stages the firm performs; the rest of
    // the final price goes to the other stages in the template's proportions.
    double gate_template = t[kInputs];
    for (std::size_t s = 0; s < kChainStages; ++s) {
        gate_template += firm[s] ? t[s] : 0.0;
    }
    if (price <= 0.0 || gate_template <= 0.0) {
        split.share = t;
    } else {
        const double final_price = price / gate_template;
        split.final_price = static_cast<Money>(final_price + 0.5);
        const double inputs = std::clamp(input_cost, 0.0, price) / final_price;
        const double firm_part = gate_template - inputs;
        const double firm_template = gate_template - t[kInputs];
        for (std::size_t s = 0; s < kChainStages; ++s) {
            if (s == kInputs) {
                split.share[s] = inputs;
            } else if (firm[s]) {
                split.share[s] = firm_template > 0 ? firm_part * t[s] / firm_template : 0.0;
            } else {
                split.share[s] = t[s];
            }
        }
    }
    // Retail takes exactly what is left, so the shares sum to one.
    double others = 0;
    for (std::size_t s = 0; s < kChainStages; ++s) {
        others += s == kRetail ? 0.0 : split.share[s];
    }
    split.share[kRetail] = 1.0 - others;
    for (std::size_t s = 0; s < kChainStages; ++s) {
        const bool firm_stage = split.captor[s] == Captor::Firm;
        split.firm_part[s] = firm_stage ? split.share[s] : 0.0;
        split.cluster_part[s] = split.firm_part[s];
    }
    if (split.captor[kInputs] != Captor::Buyer) {
        split.cluster_part[kInputs] = split.share[kInputs] * std::clamp(local_inputs, 0.0, 1.0);
    }
    return split;
}

ValueChainSplit combine_splits(const std::array<ValueChainSplit, kSalesChannels>& splits,
                               const std::array<double, kSalesChannels>& weights) {
    double total = 0;
    for (const double w : weights) {
        total += std::max(w, 0.0);
    }
    if (total <= 0.0) {
        return splits[static_cast<std::size_t>(SalesChannel::LowEndExport)];
    }
    ValueChainSplit out;
    double value = 0;
    std::array<std::array<double, 4>, kChainStages> by_captor{};
    for (std::size_t c = 0; c < kSalesChannels; ++c) {
        if (weights[c] <= 0.0) {
            continue;
        }
        const double w = weights[c] / total;
        for (std::size_t s = 0; s < kChainStages; ++s) {
            out.share[s] += w * splits[c].share[s];
            out.firm_part[s] += w * splits[c].firm_part[s];
            out.cluster_part[s] += w * splits[c].cluster_part[s];
            by_captor[s][static_cast<std::size_t>(splits[c].captor[s])] += w * splits[c].share[s];
        }
        value += w * static_cast<double>(splits[c].final_price);
    }
    double others = 0;
    for (std::size_t s = 0; s < kChainStages; ++s) {
        const auto& v = by_captor[s];
        out.captor[s] = static_cast<Captor>(std::max_element(v.begin(), v.end()) - v.begin());
        others += s == kRetail ? 0.0 : out.share[s];
    }
    out.share[kRetail] = 1.0 - others;
    out.final_price = static_cast<Money>(value + 0.5);
    return out;
}

} // namespace hr
