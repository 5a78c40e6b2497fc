#!/usr/bin/python3
"""Golden parity fixtures for two more cross-encoder families: BERT and XLM-RoBERTa.

Writes, under src/test/resources/models/:
  bert-tiny/            BertForSequenceClassification, WordPiece tokenizer written here, F32
  bert-tiny/fp16/       the same weights stored as F16 (golden = HF on the F16 weights widened to F32)
  bert-tiny-2labels/    num_labels 2 (own weights), score = softmax(logits)[1]
  bert-tiny-st/         bert-tiny weights, config.sentence_transformers.activation_fn = Identity
  xlmr-tiny/            XLMRobertaForSequenceClassification, xmod-tiny's Unigram tokenizer, F32
  xlmr-tiny/bf16/       the same weights stored as BF16
  xlmr-tiny/sharded/    the F32 weights in two shards + model.safetensors.index.json
Each folder gets golden.json (id level) and golden-text.json (text level; ids from transformers.js).

Environment (not part of the project): the HF oracle of ../shared/tools/hf-oracle
  export PYTHONPATH=/tmp/hf-site:/tmp/hf-transformers/src:/tmp/hf-hub/src
  (cd /tmp/tjs && npm install --ignore-scripts @huggingface/transformers@4.3.2)
  /usr/bin/python3 src/test/python/make_tiny_families.py --tjs /tmp/tjs
Deterministic: fixed seeds, one torch thread.
"""
import argparse
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

import torch
import transformers
from transformers import (BertConfig, BertForSequenceClassification, BertTokenizer, XLMRobertaConfig,
                          XLMRobertaForSequenceClassification)

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.normpath(os.path.join(HERE, "..", "resources", "models"))
XMOD_TINY = os.path.join(MODELS, "xmod-tiny")
TF_COMMIT = "4fdf58afb72b0754da30037fc800b6044e7d9c99 (tag v4.40.2)"
GENERATOR = "src/test/python/make_tiny_families.py"

torch.set_num_threads(1)

# Without the Rust `tokenizers` package, transformers 4.40.2 falls back to a dataclass AddedToken
# (eq=True, so __hash__ = None) that its slow tokenizers cannot put in a set; give it the hash the Rust
# class has (by content). Only the slow BertTokenizer used for tokenizer_config.json and the cross-check needs it.
import transformers.tokenization_utils_base as _tub  # noqa: E402
if getattr(_tub.AddedToken, "__hash__", None) is None:
    _tub.AddedToken.__hash__ = lambda self: hash(self.content)


# ----------------------------------------------------------------------------------------------
# WordPiece vocabulary and tokenizer.json for bert-tiny (hand-written)
# ----------------------------------------------------------------------------------------------

BERT_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
BERT_WORDS = """
the of and to in a is was for on that with as by at from it his her he she they we you i an be are
this which or not but had has have were their its been one two three four five six first second new
who what when where why how many much did does do can could would will should may might must
points defense surrender panthers gave up just ranking sixth league while also leading nfl
interceptions boasting pro bowl selections price costs cheap or eg ie e g
cafe hotel musee pres cote ou est le la les de du des et un une pour dans sur avec
uber strasse zurich naive resume fiance deja vu
river city country world war year years time people state history music art book books film
water fire earth light night day days house school student students university city
wrote write written read reading novel author story stories peace long short line end
quick brown fox jumps over lazy dog hello query passage text word words search result results
rank ranking relevance score model models language languages token tokens test tests
large small big little old young good great high low left right north south east west
king queen church war battle army government president party law court team game season
played play player players won win lost match goal club born died known called named
between during after before under about into through against among without within
english french german spanish chinese arabic russian italian
""".split()
BERT_SUFFIXES = ["##s", "##es", "##ed", "##ing", "##ly", "##er", "##ers", "##est", "##tion", "##ment", "##ness",
                 "##able", "##al", "##ic", "##ity", "##ous", "##ful", "##less", "##ize", "##ist", "##ism",
                 "##an", "##en", "##on", "##in", "##ar", "##or", "##th", "##ch", "##sh", "##ll", "##ss", "##te"]
BERT_CJK = list("中文日本人大学")


def bert_vocab():
    vocab = list(BERT_SPECIALS)
    punct = [chr(c) for c in range(33, 127) if not chr(c).isalnum()]
    vocab += punct
    vocab += [str(d) for d in range(10)]
    vocab += [chr(c) for c in range(ord("a"), ord("z") + 1)]
    vocab += ["##" + chr(c) for c in range(ord("a"), ord("z") + 1)]
    vocab += ["##" + str(d) for d in range(10)]
    vocab += ["€", "£", "°", "§", "¿", "¡", "«", "»"]
    vocab += BERT_CJK
    seen = set(vocab)
    for w in BERT_WORDS + BERT_SUFFIXES:
        if w not in seen:
            seen.add(w)
            vocab.append(w)
    assert len(vocab) == len(set(vocab))
    return vocab


def bert_tokenizer_json(vocab):
    ids = {t: i for i, t in enumerate(vocab)}
    added = [{"id": ids[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False,
              "normalized": False, "special": True} for t in BERT_SPECIALS]

    def sp(t, type_id):
        return {"SpecialToken": {"id": t, "type_id": type_id}}

    def seq(s, type_id):
        return {"Sequence": {"id": s, "type_id": type_id}}

    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [sp("[CLS]", 0), seq("A", 0), sp("[SEP]", 0)],
            "pair": [sp("[CLS]", 0), seq("A", 0), sp("[SEP]", 0), seq("B", 1), sp("[SEP]", 1)],
            "special_tokens": {
                "[CLS]": {"id": "[CLS]", "ids": [ids["[CLS]"]], "tokens": ["[CLS]"]},
                "[SEP]": {"id": "[SEP]", "ids": [ids["[SEP]"]], "tokens": ["[SEP]"]},
            },
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": ids},
    }


def write_json(path, obj, indent=2):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def write_bert_tokenizer(folder, vocab, max_len):
    """tokenizer.json by hand; tokenizer_config.json + special_tokens_map.json from HF's own BertTokenizer."""
    write_json(os.path.join(folder, "tokenizer.json"), bert_tokenizer_json(vocab))
    with tempfile.TemporaryDirectory() as tmp:
        vf = os.path.join(tmp, "vocab.txt")
        with open(vf, "w", encoding="utf-8") as f:
            f.write("\n".join(vocab) + "\n")
        slow = BertTokenizer(vf, do_lower_case=True, model_max_length=max_len)
        out = os.path.join(tmp, "out")
        slow.save_pretrained(out)
        for name in ("tokenizer_config.json", "special_tokens_map.json"):
            shutil.copy(os.path.join(out, name), os.path.join(folder, name))
    return slow


def copy_xlmr_tokenizer(folder):
    for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(os.path.join(XMOD_TINY, name), os.path.join(folder, name))


# ----------------------------------------------------------------------------------------------
# Models
# ----------------------------------------------------------------------------------------------

def randomize(model, seed, std=0.2):
    g = torch.Generator().manual_seed(seed)
    sd = model.state_dict()
    with torch.no_grad():
        for name in sorted(sd):
            t = sd[name]
            if not t.is_floating_point():
                continue
            n = torch.randn(t.shape, generator=g, dtype=torch.float32)
            if name.endswith("LayerNorm.weight"):
                t.copy_(1.0 + 0.2 * n)
            elif name.endswith("LayerNorm.bias"):
                t.copy_(0.1 * n)
            else:
                t.copy_(std * n)
    model.eval()
    return model


def bert_config(vocab_size, num_labels, extra=None):
    kw = dict(vocab_size=vocab_size, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
              intermediate_size=37, hidden_act="gelu", hidden_dropout_prob=0.1, attention_probs_dropout_prob=0.1,
              max_position_embeddings=64, type_vocab_size=2, layer_norm_eps=1e-12, pad_token_id=0,
              num_labels=num_labels, architectures=["BertForSequenceClassification"])
    if num_labels == 1:
        kw["id2label"] = {0: "LABEL_0"}
        kw["label2id"] = {"LABEL_0": 0}
    kw.update(extra or {})
    return BertConfig(**kw)


def xlmr_config():
    return XLMRobertaConfig(vocab_size=1000, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                            intermediate_size=37, hidden_act="gelu", max_position_embeddings=514, type_vocab_size=1,
                            layer_norm_eps=1e-5, pad_token_id=1, bos_token_id=0, eos_token_id=2, num_labels=1,
                            id2label={0: "LABEL_0"}, label2id={"LABEL_0": 0},
                            architectures=["XLMRobertaForSequenceClassification"])


# ----------------------------------------------------------------------------------------------
# Families: layout of a pair, scoring
# ----------------------------------------------------------------------------------------------

class Family:
    def __init__(self, name, cls, pad, bos, sep_a, sep_b, n_special, a_type, b_type, max_length, content_range):
        self.name, self.cls, self.pad = name, cls, pad
        self.bos, self.sep_a, self.sep_b = bos, sep_a, sep_b      # prefix, between, suffix token lists
        self.n_special, self.a_type, self.b_type = n_special, a_type, b_type
        self.max_length, self.content_range = max_length, content_range

    def layout(self, q, p):
        ids = self.bos + q + self.sep_a + p + self.sep_b
        types = ([self.a_type] * (len(self.bos) + len(q) + len(self.sep_a))
                 + [self.b_type] * (len(p) + len(self.sep_b)))
        return ids, types

    def truncate(self, q, p, max_length):
        """HF truncation='only_second': cut the passage from its end; error if it cannot."""
        total = len(q) + len(p) + self.n_special
        over = total - max_length
        if over <= 0:
            return p
        if len(p) <= over:
            raise ValueError("only_second: passage too short to respect max_length")
        return p[:len(p) - over]


BERT_FAMILY = Family("bert", "BertForSequenceClassification", 0, [2], [3], [3], 3, 0, 1, 64, (5, None))
XLMR_FAMILY = Family("xlm-roberta", "XLMRobertaForSequenceClassification", 1, [0], [2, 2], [2], 4, 0, 0, 512,
                     (4, 999))


def pad_rows(fam, rows):
    width = max(len(r[0]) for r in rows)
    ids = [r[0] + [fam.pad] * (width - len(r[0])) for r in rows]
    types = [r[1] + [0] * (width - len(r[1])) for r in rows]
    mask = [[1] * len(r[0]) + [0] * (width - len(r[0])) for r in rows]
    return ids, mask, types


def run_model(model, ids, mask, types):
    with torch.no_grad():
        out = model(input_ids=torch.tensor(ids), attention_mask=torch.tensor(mask),
                    token_type_ids=torch.tensor(types))
    return out.logits.float()


def scores_of(logits, score_kind):
    if score_kind == "sigmoid":
        return torch.sigmoid(logits[:, 0]).tolist()
    if score_kind == "identity":
        return logits[:, 0].tolist()
    if score_kind == "softmax1":
        return torch.softmax(logits, dim=-1)[:, 1].tolist()
    raise ValueError(score_kind)


SCORE_TEXT = {
    "sigmoid": "sigmoid(logits[:, 0]) in float32 (num_labels 1, no sentence_transformers key: CrossEncoder default Sigmoid)",
    "identity": "logits[:, 0] unchanged: config.sentence_transformers.activation_fn = torch.nn.modules.linear.Identity",
    "softmax1": "softmax(logits, dim=-1)[:, 1] in float32 (num_labels 2: the app uses the probability of class 1)",
}


def case_entry(name, pairs, ids, mask, types, logits, score_kind, extra=None):
    c = {"name": name, "lang": None, "langs": None, "lang_ids": None, "uses_default_language": True,
         "pairs": pairs, "input_ids": ids, "attention_mask": mask, "token_type_ids": types,
         "logits": logits.tolist(), "scores": scores_of(logits, score_kind)}
    c.update(extra or {})
    return c


# ----------------------------------------------------------------------------------------------
# Id-level cases
# ----------------------------------------------------------------------------------------------

def id_case_specs(fam, seed):
    """[(name, [(q, p)], max_length or None, note)] with q/p content ids (no specials), untruncated."""
    rnd = random.Random(seed)
    lo, hi = fam.content_range

    def ids(n):
        return [rnd.randrange(lo, hi) for _ in range(n)]

    specs = []
    single = (ids(5), ids(14))
    specs.append(("single_pair", [single], None, None))
    if fam.max_length == 64:
        shapes = [(1, 1), (3, 40), (8, 12), (2, 57), (6, 3)]
    else:
        shapes = [(1, 1), (3, 120), (12, 30), (2, 250), (6, 3)]
    batch = [(ids(a), ids(b)) for a, b in shapes]
    specs.append(("batch5_padded", batch, None, "rows of very different lengths, right-padded to the longest"))
    specs.append(("alone_row2", [batch[2]], None, "row 2 of batch5_padded scored alone"))
    specs.append(("in_batch4_row2", [batch[0], batch[1], batch[2], batch[4]], None,
                  "row 2 of batch5_padded as row 2 of a 4-row padded batch"))
    long_q = ids(7)
    long_p = ids(fam.max_length + 30)
    specs.append(("truncated_at_max_length", [(long_q, long_p)], fam.max_length,
                  "passage cut from its end (only_second) to max_length = the model maximum"))
    specs.append(("truncated_at_32", [(long_q, long_p)], 32, "same pair cut at 32"))
    specs.append(("truncated_batch", [(long_q, long_p), single, (ids(4), ids(20))], 32,
                  "row 0 cut at 32, the others shorter, right-padded to 32"))
    full_p = ids(fam.max_length - fam.n_special - 7)
    specs.append(("exact_max_length_fit", [(long_q, full_p)], fam.max_length,
                  "exactly max_length tokens, nothing cut (last position used)"))
    if fam.name == "xlm-roberta":
        q, p = ids(4), ids(8)
        p[3] = 1
        specs.append(("pad_id_inside_row", [(q, p)], None,
                      "id 1 (<pad>) inside the sequence with attention_mask 1: HF gives it position 1 and "
                      "does not advance the position counter (positions come from input_ids != pad)"))
        q, p = ids(4), ids(8)
        specs.append(("unk_and_mask_ids", [(q[:2] + [3] + q[2:], p[:4] + [999] + p[4:])], None,
                      "<unk> 3 and <mask> 999 as content ids"))
    else:
        q, p = ids(4), ids(8)
        specs.append(("unk_and_mask_ids", [(q[:2] + [1] + q[2:], p[:4] + [4] + p[4:])], None,
                      "[UNK] 1 and [MASK] 4 as content ids"))
    return specs


def build_id_cases(fam, model, specs, score_kind, with_types_probe):
    cases = []
    for name, pairs, max_length, note in specs:
        rows, untrunc = [], []
        for q, p in pairs:
            untrunc.append(len(q) + len(p) + fam.n_special)
            pp = fam.truncate(q, p, max_length) if max_length else p
            rows.append(fam.layout(q, pp))
        ids, mask, types = pad_rows(fam, rows)
        logits = run_model(model, ids, mask, types)
        extra = {}
        if max_length:
            extra["max_length"] = max_length
            extra["untruncated_lengths"] = untrunc
        if note:
            extra["note"] = note
        cases.append(case_entry(name, [{"q": q, "p": p} for q, p in pairs], ids, mask, types, logits, score_kind,
                                extra))
    if with_types_probe:
        c0 = cases[0]
        zeros = [[0] * len(r) for r in c0["input_ids"]]
        logits = run_model(model, c0["input_ids"], c0["attention_mask"], zeros)
        cases.append(case_entry("single_pair_all_type_0", c0["pairs"], c0["input_ids"], c0["attention_mask"], zeros,
                                logits, score_kind,
                                {"note": "single_pair with token_type_ids all 0 (NOT what the tokenizer gives): shows "
                                         "that type ids reach the model; must differ from single_pair"}))
    return cases


# ----------------------------------------------------------------------------------------------
# Text-level cases
# ----------------------------------------------------------------------------------------------

LONG_EN = ("The river rises in the mountains of the north and runs south through three countries before it "
           "reaches the sea. In the first years of the new century the city built a large bridge over the river, "
           "and many people came to the city to work, to study at the university, and to play music in the old "
           "church. The history of the region is long: kings and queens, wars and battles, and a great peace that "
           "was written into law by the court. Students still read about it in every school, and a famous novel "
           "tells the story of a young player who won the first match of the season against the king's team. ")

BERT_TEXT = [
    ("short_en", [("How many points did the Panthers defense surrender?",
                   "The Panthers defense gave up just 308 points, ranking sixth in the league.")], 64),
    ("accents_fr", [("Où est le café de l'Hôtel?",
                     "Le café est près de l'hôtel, à côté du Musée; déjà vu, naïve fiancée.")], 64),
    ("accents_de_combining", [("Straße in Zürich", "Über die Strasse in Zu\u0308rich, nai\u0308ve re\u0301sume\u0301.")],
     64),
    ("punctuation_numbers_en", [("What's the price (in $)?",
                                 "It costs $3.50 -- or 3,50€ -- e.g. 'cheap'!!! #1 [sic] 100% {ok}")], 64),
    ("unknown_word_en", [("Who wrote Война и мир?", "Tolstoy wrote the novel 😀 in 1869 — ωmega.")], 64),
    ("uppercase_whitespace_en", [("  HELLO\tWorld  ", "Line one.\nLine  TWO.\u00a0End\r\n")], 64),
    ("cjk_chars", [("中文 query", "日本 text 漢字 and 大学")], 64),
    ("mask_literal_en", [("what is [MASK]?", "the [MASK] token and [UNK] and [CLS] in text")], 64),
    ("long_truncated_64_en", [("Which river runs through the city?", LONG_EN * 2)], 64),
    ("long_truncated_32_en", [("Which river runs through the city?", LONG_EN * 2)], 32),
    ("long_query_short_room_en", [("when did the king and queen of the north win the war against the south army",
                                   LONG_EN)], 24),
    ("batch_mixed_lengths_en", [("who won the match?", p) for p in [
        "the team", "The king's team won the first match of the season.", LONG_EN,
        "Nobody.", "Players played; the club won 3-1 after a long game in the old city.", LONG_EN[300:520]]], 64),
]

XLMR_TEXT = [
    ("short_en", [("How many points did the Panthers defense surrender?",
                   "The Panthers defense gave up just 308 points, ranking sixth in the league.")], 512),
    ("accents_fr", [("Où est le café de l'Hôtel?",
                     "Le café est près de l'hôtel, à côté du Musée; déjà vu, naïve fiancée.")], 512),
    ("accents_de_combining", [("Straße in Zürich", "Über die Strasse in Zu\u0308rich, nai\u0308ve re\u0301sume\u0301.")],
     512),
    ("punctuation_numbers_en", [("What's the price (in $)?",
                                 "It costs $3.50 -- or 3,50€ -- e.g. 'cheap'!!! #1 [sic] 100% {ok}")], 512),
    ("unknown_word_en", [("Who wrote War and Peace?", "Tolstoy wrote the novel 😀😀 in 1869 — थ ไทย.")], 512),
    ("uppercase_whitespace_en", [("  HELLO\tWorld  ", "Line one.\nLine  TWO.\u00a0End\r\n")], 512),
    ("pad_literal_en", [("what is <pad>?", "the <pad> token and <mask> in text")], 512),
    ("long_truncated_64_en", [("Which river runs through the city?", LONG_EN * 2)], 64),
    ("long_truncated_128_en", [("Which river runs through the city?", LONG_EN * 2)], 128),
    ("long_truncated_512_en", [("Which river runs through the city?", LONG_EN * 6)], 512),
    ("batch_mixed_lengths_en", [("who won the match?", p) for p in [
        "the team", "The king's team won the first match of the season.", LONG_EN,
        "Nobody.", "Players played; the club won 3-1 after a long game in the old city.", LONG_EN[300:520]]], 128),
]

JS_ORACLE = r"""
import { AutoTokenizer, env } from '@huggingface/transformers';
import fs from 'node:fs';
env.allowRemoteModels = false; env.allowLocalModels = true; env.localModelPath = '/';
const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const tok = await AutoTokenizer.from_pretrained(job.dir);
const out = [];
for (const [q, p] of job.pairs) {
  const full = tok(q, { text_pair: p, return_tensor: false, return_token_type_ids: true });
  out.push({ q: tok.encode(q, { add_special_tokens: false }), p: tok.encode(p, { add_special_tokens: false }),
             ids: full.input_ids.map(Number), types: full.token_type_ids.map(Number) });
}
fs.writeFileSync(process.argv[3], JSON.stringify({ tokenizer_class: tok.constructor.name, out }));
"""


def js_tokenize(tjs, folder, pairs):
    script = os.path.join(tjs, "families_oracle.mjs")
    with open(script, "w") as f:
        f.write(JS_ORACLE)
    with tempfile.TemporaryDirectory() as tmp:
        job, res = os.path.join(tmp, "job.json"), os.path.join(tmp, "res.json")
        write_json(job, {"dir": os.path.abspath(folder), "pairs": pairs})
        subprocess.run(["node", script, job, res], check=True, cwd=tjs)
        with open(res) as f:
            return json.load(f)


def tokenize_text_cases(fam, tjs, folder, specs, slow=None):
    all_pairs = [list(pq) for _, pairs, _ in specs for pq in pairs]
    res = js_tokenize(tjs, folder, all_pairs)
    enc = res["out"]
    crosscheck = {"cases": 0, "identical": 0}
    k = 0
    tokenized = []
    for name, pairs, max_length in specs:
        rows, untrunc = [], []
        for q_text, p_text in pairs:
            e = enc[k]
            k += 1
            ids, types = fam.layout(e["q"], e["p"])
            assert ids == e["ids"] and types == e["types"], (name, ids, e)   # template check
            untrunc.append(len(ids))
            pp = fam.truncate(e["q"], e["p"], max_length)
            rows.append(fam.layout(e["q"], pp))
            if slow is not None:
                s = slow(q_text, p_text, truncation="only_second", max_length=max_length)
                crosscheck["cases"] += 1
                if s["input_ids"] == rows[-1][0] and s["token_type_ids"] == rows[-1][1]:
                    crosscheck["identical"] += 1
                else:
                    crosscheck.setdefault("differences", []).append(
                        {"case": name, "js": rows[-1][0], "slow": s["input_ids"]})
        tokenized.append((name, pairs, max_length, rows, untrunc))
    return tokenized, res["tokenizer_class"], crosscheck


def build_text_cases(fam, model, tokenized, score_kind):
    cases = []
    for name, pairs, max_length, rows, untrunc in tokenized:
        ids, mask, types = pad_rows(fam, rows)
        logits = run_model(model, ids, mask, types)
        c = {"name": name, "lang": None, "langs": None, "lang_ids": None, "uses_default_language": True}
        if len(pairs) == 1:
            c["query"], c["passage"] = pairs[0]
        c.update({"pairs": [{"query": q, "passage": p} for q, p in pairs], "max_length": max_length,
                  "untruncated_lengths": untrunc, "input_ids": ids, "attention_mask": mask, "token_type_ids": types,
                  "logits": logits.tolist(), "scores": scores_of(logits, score_kind)})
        if len(pairs) > 1:
            c["note"] = "all rows right-padded together to the longest row"
        cases.append(c)
    return cases


# ----------------------------------------------------------------------------------------------
# Writing a folder and its goldens
# ----------------------------------------------------------------------------------------------

def conventions(fam):
    if fam.name == "bert":
        return {"pad": 0, "unk": 1, "cls": 2, "sep": 3, "mask": 4, "num_special_tokens_in_pair": 3,
                "pair_layout": "[CLS] q [SEP] p [SEP]; token_type_ids 0 on [CLS] q [SEP], 1 on p [SEP]; "
                               "truncation only_second (passage cut from its end, query never cut); right padding "
                               "with [PAD] 0, attention_mask 0 and token_type_ids 0 on pads"}
    return {"bos": 0, "pad": 1, "eos": 2, "unk": 3, "mask": 999, "num_special_tokens_in_pair": 4,
            "pair_layout": "<s> q </s> </s> p </s>; token_type_ids all 0; truncation only_second (passage cut from "
                           "its end, query never cut); right padding with pad id 1, attention_mask 0 on pads; "
                           "position ids = padding_idx + cumsum(input_ids != 1) (HF create_position_ids_from_input_ids)"}


def header(fam, folder_name, score_kind, weights_note):
    return {"generator": GENERATOR, "family": fam.name, "model_class": fam.cls,
            "transformers_version": transformers.__version__, "transformers_commit": TF_COMMIT,
            "torch_version": torch.__version__, "model_dir": folder_name, "weights": weights_note,
            "token_conventions": conventions(fam), "score": SCORE_TEXT[score_kind], "languages": None}


def load_f32(folder, cls):
    m = cls.from_pretrained(folder, torch_dtype=torch.float32)
    m.config.name_or_path = ""   # keep this machine's path out of configs saved from a loaded model
    m.eval()
    return m


def recompute_max_diff(model, cases):
    worst = 0.0
    for c in cases:
        got = run_model(model, c["input_ids"], c["attention_mask"], c["token_type_ids"])
        worst = max(worst, (got - torch.tensor(c["logits"])).abs().max().item())
    return worst


def consistency(fam, model, cases):
    by = {c["name"]: c for c in cases}
    out = {}
    if "alone_row2" in by:
        a = torch.tensor(by["alone_row2"]["logits"])[0]
        b = torch.tensor(by["in_batch4_row2"]["logits"])[2]
        c5 = torch.tensor(by["batch5_padded"]["logits"])[2]
        out["alone_vs_in_batch_abs_diff"] = max((a - b).abs().max().item(), (a - c5).abs().max().item())
    for c in cases:
        if len(c["input_ids"]) > 1:
            worst = 0.0
            for i, row in enumerate(c["input_ids"]):
                n = sum(c["attention_mask"][i])
                got = run_model(model, [row[:n]], [[1] * n], [c["token_type_ids"][i][:n]])
                worst = max(worst, (got[0] - torch.tensor(c["logits"][i])).abs().max().item())
            out[c["name"] + "_rows_alone_vs_batch_max_abs_diff"] = worst
    lg = torch.tensor(by["batch5_padded"]["logits"])[:, 0] if "batch5_padded" in by else None
    if lg is not None:
        d = (lg[:, None] - lg[None, :]).abs()
        out["batch5_min_pairwise_logit_gap"] = d[~torch.eye(len(lg), dtype=torch.bool)].min().item()
    if "single_pair_all_type_0" in by:
        out["type_ids_effect_on_single_pair"] = abs(by["single_pair"]["logits"][0][0]
                                                    - by["single_pair_all_type_0"]["logits"][0][0])
    return out


def write_goldens(fam, folder, rel, cls, score_kind, weights_note, id_specs, tokenized, tok_info, reference=None):
    """Load `folder` with HF from_pretrained (F32), compute both goldens there, verify by a second reload."""
    model = load_f32(folder, cls)
    id_cases = build_id_cases(fam, model, id_specs, score_kind, fam.name == "bert")
    text_cases = build_text_cases(fam, model, tokenized, score_kind)
    model2 = load_f32(folder, cls)
    torch.set_num_threads(2)
    d2 = recompute_max_diff(model2, id_cases + text_cases)
    torch.set_num_threads(1)
    d1 = recompute_max_diff(model2, id_cases + text_cases)
    tol = {"reload_from_pretrained_max_abs_diff": d1, "threads_1_vs_2_max_abs_diff": d2}
    if reference is not None:
        ref_cases = reference["id"] + reference["text"]
        tol["vs_" + reference["name"] + "_max_abs_logit_diff"] = max(
            (torch.tensor(a["logits"]) - torch.tensor(b["logits"])).abs().max().item()
            for a, b in zip(id_cases + text_cases, ref_cases))
    g = header(fam, rel, score_kind, weights_note)
    g["consistency"] = consistency(fam, model, id_cases)
    g["observed_tolerances"] = tol
    g["tolerance"] = "abs(java_logit - golden_logit) <= 1e-4 (fp32)"
    g["cases"] = id_cases
    write_json(os.path.join(folder, "golden.json"), g, indent=None)
    t = header(fam, rel, score_kind, weights_note)
    t["tokenizer_files"] = "tokenizer.json, tokenizer_config.json, special_tokens_map.json (this folder)"
    t["tokenizer_oracle"] = tok_info
    t["consistency_max_abs_logit_diff"] = {k: v for k, v in consistency(fam, model, text_cases).items()}
    t["observed_tolerances"] = tol
    t["tolerance"] = "abs(java_logit - golden_logit) <= 1e-4 (fp32); ids, token_type_ids, attention_mask exact"
    t["cases"] = text_cases
    write_json(os.path.join(folder, "golden-text.json"), t, indent=None)
    assert d1 == 0.0, (rel, d1)
    print(f"{rel}: {len(id_cases)} id cases, {len(text_cases)} text cases, reload diff {d1}, threads diff {d2}",
          file=sys.stderr)
    return {"name": rel, "id": id_cases, "text": text_cases}


def fresh(folder):
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            p = os.path.join(folder, name)
            if os.path.isfile(p):
                os.remove(p)
    os.makedirs(folder, exist_ok=True)


def tok_oracle_info(tok_class, tjs, crosscheck, extra):
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    with open(os.path.join(tjs, "node_modules", "@huggingface", "tokenizers", "package.json")) as f:
        tokenizers_v = json.load(f)["version"]
    with open(os.path.join(tjs, "node_modules", "@huggingface", "transformers", "package.json")) as f:
        tjs_v = json.load(f)["version"]
    info = {"name": "transformers.js", "@huggingface/transformers": tjs_v, "@huggingface/tokenizers": tokenizers_v,
            "node": node, "tokenizer_class": tok_class,
            "method": "AutoTokenizer.from_pretrained(folder); content ids = tokenizer.encode(text, "
                      "{add_special_tokens: false}); the untruncated pair tokenizer(q, {text_pair: p, "
                      "return_token_type_ids: true}) must equal the layout of those content ids (ids and types); "
                      "transformers.js 4.3.2 has no only_second strategy, so this script cuts the passage from its "
                      "end (HF only_second) and lays the pair out again",
            "cross_check": crosscheck}
    info.update(extra)
    return info


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tjs", default="/tmp/tjs", help="folder with node_modules/@huggingface/transformers 4.3.2")
    args = ap.parse_args()

    # ---------------- BERT ----------------
    vocab = bert_vocab()
    BERT_FAMILY.content_range = (len(BERT_SPECIALS), len(vocab))
    bert_dir = os.path.join(MODELS, "bert-tiny")
    fresh(bert_dir)
    torch.manual_seed(0)
    bert = randomize(BertForSequenceClassification(bert_config(len(vocab), 1)), seed=1234, std=0.3)
    bert.save_pretrained(bert_dir)
    slow = write_bert_tokenizer(bert_dir, vocab, 64)
    id_specs = id_case_specs(BERT_FAMILY, seed=11)
    tokenized, tok_class, cross = tokenize_text_cases(BERT_FAMILY, args.tjs, bert_dir, BERT_TEXT, slow)
    info = tok_oracle_info(tok_class, args.tjs, dict(cross, against="HF slow BertTokenizer (transformers 4.40.2, "
                                                     "vocab.txt = this vocab, do_lower_case) with "
                                                     "truncation='only_second'"), {"vocab_size": len(vocab)})
    ref_bert = write_goldens(BERT_FAMILY, bert_dir, "bert-tiny", BertForSequenceClassification, "sigmoid",
                             "F32, random (seed 1234, std 0.3)", id_specs, tokenized, info)

    fp16_dir = os.path.join(bert_dir, "fp16")
    fresh(fp16_dir)
    load_f32(bert_dir, BertForSequenceClassification).half().save_pretrained(fp16_dir)
    write_bert_tokenizer(fp16_dir, vocab, 64)
    write_goldens(BERT_FAMILY, fp16_dir, "bert-tiny/fp16", BertForSequenceClassification, "sigmoid",
                  "F16 = bert-tiny F32 weights rounded by torch .half() (round-to-nearest-even); golden computed by "
                  "HF from_pretrained(folder, torch_dtype=torch.float32), which widens F16 to F32 exactly, then "
                  "runs in float32", id_specs, tokenized, info, reference=ref_bert)

    two_dir = os.path.join(MODELS, "bert-tiny-2labels")
    fresh(two_dir)
    two = randomize(BertForSequenceClassification(bert_config(len(vocab), 2)), seed=4321, std=0.3)
    two.save_pretrained(two_dir)
    write_bert_tokenizer(two_dir, vocab, 64)
    write_goldens(BERT_FAMILY, two_dir, "bert-tiny-2labels", BertForSequenceClassification, "softmax1",
                  "F32, random (seed 4321, std 0.3), classifier 2 outputs", id_specs, tokenized, info)

    st_dir = os.path.join(MODELS, "bert-tiny-st")
    fresh(st_dir)
    st = load_f32(bert_dir, BertForSequenceClassification)
    st.config.sentence_transformers = {"activation_fn": "torch.nn.modules.linear.Identity"}
    st.save_pretrained(st_dir)
    with open(os.path.join(st_dir, "config.json")) as f:
        assert json.load(f)["sentence_transformers"]["activation_fn"] == "torch.nn.modules.linear.Identity"
    write_bert_tokenizer(st_dir, vocab, 64)
    write_goldens(BERT_FAMILY, st_dir, "bert-tiny-st", BertForSequenceClassification, "identity",
                  "F32, identical to bert-tiny (same logits; only the score activation differs)", id_specs,
                  tokenized, info, reference=ref_bert)

    # ---------------- XLM-R ----------------
    x_dir = os.path.join(MODELS, "xlmr-tiny")
    fresh(x_dir)
    torch.manual_seed(0)
    xl = randomize(XLMRobertaForSequenceClassification(xlmr_config()), seed=2024, std=0.3)
    xl.save_pretrained(x_dir)
    copy_xlmr_tokenizer(x_dir)
    x_specs = id_case_specs(XLMR_FAMILY, seed=22)
    x_tok, x_class, _ = tokenize_text_cases(XLMR_FAMILY, args.tjs, x_dir, XLMR_TEXT)
    x_info = tok_oracle_info(x_class, args.tjs, "tokenizer files are byte copies of xmod-tiny's, which were "
                             "cross-checked against DJL 0.36.0 and HF slow XLMRobertaTokenizer there "
                             "(xmod-tiny/tokenizer-crosscheck.json)", {"vocab_size": 1000})
    ref_x = write_goldens(XLMR_FAMILY, x_dir, "xlmr-tiny", XLMRobertaForSequenceClassification, "sigmoid",
                          "F32, random (seed 2024, std 0.3)", x_specs, x_tok, x_info)

    bf_dir = os.path.join(x_dir, "bf16")
    fresh(bf_dir)
    load_f32(x_dir, XLMRobertaForSequenceClassification).to(torch.bfloat16).save_pretrained(bf_dir)
    copy_xlmr_tokenizer(bf_dir)
    write_goldens(XLMR_FAMILY, bf_dir, "xlmr-tiny/bf16", XLMRobertaForSequenceClassification, "sigmoid",
                  "BF16 = xlmr-tiny F32 weights rounded by torch .to(bfloat16) (round-to-nearest-even); golden "
                  "computed by HF from_pretrained(folder, torch_dtype=torch.float32), which widens BF16 to F32 "
                  "exactly (f32 bits = bf16 bits << 16), then runs in float32", x_specs, x_tok, x_info,
                  reference=ref_x)

    sh_dir = os.path.join(x_dir, "sharded")
    fresh(sh_dir)
    total = os.path.getsize(os.path.join(x_dir, "model.safetensors"))
    load_f32(x_dir, XLMRobertaForSequenceClassification).save_pretrained(sh_dir, max_shard_size=int(total * 0.6))
    shards = sorted(n for n in os.listdir(sh_dir) if n.endswith(".safetensors"))
    assert shards == ["model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"], shards
    copy_xlmr_tokenizer(sh_dir)
    write_goldens(XLMR_FAMILY, sh_dir, "xlmr-tiny/sharded", XLMRobertaForSequenceClassification, "sigmoid",
                  "F32 in two shards (save_pretrained max_shard_size), identical to xlmr-tiny", x_specs, x_tok,
                  x_info, reference=ref_x)


if __name__ == "__main__":
    main()
