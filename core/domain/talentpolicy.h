#pragma once

namespace skl {

// The policy key of the talent pool (issue 17, section 十九), declared with its default and shape
// in PolicyStore (policystore.cpp): an honour or a competition medal at this level (a
// RecognitionNames level code, default "provincial") or above puts a worker in the pool.
namespace PolicyKeys {
    inline constexpr auto kTalentMinLevel = u"talent.min_level";
} // namespace PolicyKeys

} // namespace skl
