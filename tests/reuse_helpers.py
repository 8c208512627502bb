"""Passages for the reuse tests: deterministic Chinese text from a small word list (written for
these tests), long enough to be compared, and edited copies of it."""

from __future__ import annotations

import random

from speeches import reuse
from speeches.models import Speech

from .factories import make_section, make_speech

WORDS = (  # noqa: SIM905 (one string is easier to read and extend than 80 literals)
    "统筹 推进 乡村 振兴 产业 园区 项目 建设 营商 环境 优化 服务 群众 基层 治理 干部 作风 "
    "安全 生产 生态 保护 河湖 治理 教育 医疗 养老 就业 财政 收支 招商 引资 科技 创新 人才 "
    "引进 交通 水利 农田 灌溉 集体 经济 合作 社区 网格 应急 管理 防汛 抗旱 文化 旅游 消费 "
    "市场 主体 数字 政务 审批 改革 考核 督查 落实 责任 风险 化解 债务 民生 实事 质量 效益"
).split()


def paragraph(seed: int, length: int = 120) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    while sum(map(len, parts)) < length:
        parts.append("".join(rng.choices(WORDS, k=rng.randint(3, 6))))
    return "，".join(parts) + "。"


def edited(text: str, seed: int, share: float = 0.9) -> str:
    """`text` with about (1 - share) of it replaced by other words, in one run."""
    cut = int(len(text) * (1 - share))
    at = random.Random(seed).randint(0, len(text) - cut - 1)
    return text[:at] + paragraph(seed + 10_000, cut)[:cut] + text[at + cut :]


def speech_with(*bodies: str, index: bool = True, **fields) -> Speech:
    speech = make_speech(**fields)
    for position, body in enumerate(bodies, start=1):
        make_section(speech, position=position, body=body, heading="")
    if index:
        reuse.index_speech(speech)
    return speech
