"""Agreements: MoUs, treaties, agreements, joint working groups / commissions, declarations.

A named instrument only: "the <modifiers> agreement (on|for ...)", "MoU on X", "a Joint Working
Group", a capitalised "... Free Trade Agreement". Status from the verb that governs it:
proposed ("decided to sign", "will sign"), agreed ("agreed to establish"), signed ("signed",
"inked"), in_force (an existing agreement mentioned). "MoUs covering A, B and C" are three
MoUs. Intentions with no instrument ("agreed to maintain close coordination") are not
agreements."""

from __future__ import annotations

from ingest.agreement_rules import find_agreements

__all__ = ["find_agreements"]
