package fr.accdatahub.agreement.domain;

import java.math.BigDecimal;

/**
 * A participant's master data (annex 2): the holder of the meter's contract and how to reach them, and for a
 * producer its injection contract and installed power. Every field is optional.
 */
public record MasterData(String holderName, String address, String siret, String rna, String email,
        String injectionContractRef, BigDecimal installedPowerKva) {

    public static final MasterData NONE = new MasterData(null, null, null, null, null, null, null);
}
