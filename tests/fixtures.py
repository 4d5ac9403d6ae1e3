"""Builders for tiny random models (hidden size 64, two layers), so unit tests exercise
the real loading code without the bundled weights."""

from __future__ import annotations

import json
import shutil
import typing
from pathlib import Path

WORDS = [
    "the",
    "a",
    "desk",
    "chair",
    "lamp",
    "price",
    "warranty",
    "years",
    "lift",
    "speed",
    "mm",
    "s",
    "atlas",
    "orion",
    "vega",
    "nimbus",
    "lumen",
    "helix",
    "fleet",
    "app",
    "firmware",
    "release",
    "policy",
    "return",
    "days",
    "refund",
    "shipping",
    "free",
    "order",
    "customer",
    "support",
    "legal",
    "marketing",
    "engineering",
    "department",
    "owner",
    "email",
    "on",
    "call",
    "rotation",
    "version",
    "update",
    "fix",
    "add",
    "change",
    "security",
    "data",
    "privacy",
    "retention",
    "how",
    "what",
    "who",
    "when",
    "much",
    "cost",
    "costs",
    "is",
    "are",
    "of",
    "to",
    "for",
    "in",
    "on",
    "and",
]


def build_tiny_bert(folder: Path) -> Path:
    """A random 2-layer BERT with a word-level vocab, saved as a plain transformers folder."""
    import torch
    from tokenizers import Tokenizer
    from tokenizers.models import WordPiece
    from tokenizers.normalizers import BertNormalizer
    from tokenizers.pre_tokenizers import BertPreTokenizer
    from tokenizers.processors import BertProcessing
    from transformers import BertConfig, BertModel, BertTokenizerFast

    torch.manual_seed(0)
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    letters = [c for c in "abcdefghijklmnopqrstuvwxyz0123456789$.,:;!?-/()"]
    vocab = {t: i for i, t in enumerate(specials + sorted(set(WORDS)) + letters + ["##" + c for c in letters])}
    tok = Tokenizer(WordPiece(vocab, unk_token="[UNK]"))
    tok.normalizer = BertNormalizer(lowercase=True)
    tok.pre_tokenizer = BertPreTokenizer()
    tok.post_processor = BertProcessing(("[SEP]", vocab["[SEP]"]), ("[CLS]", vocab["[CLS]"]))
    hf_tok = BertTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=128,
        max_position_embeddings=256,
    )
    raw = folder / "raw"
    BertModel(config).save_pretrained(raw, safe_serialization=True)
    hf_tok.save_pretrained(raw)
    return raw


def build_tiny_sentence_transformer(
    folder: Path,
    pooling: str | tuple[str, ...] = "mean",
    include_prompt: bool = True,
    dense: bool = False,
    prompts: dict[str, str] | None = None,
    default_prompt_name: str | None = None,
) -> Path:
    """The tiny random BERT saved by sentence-transformers itself, with the given pooling,
    optionally two Dense layers (64 -> 48 tanh, 48 -> 32 GELU with a projected residual),
    then Normalize, and optionally prompts."""
    import torch
    from sentence_transformers import SentenceTransformer, models

    raw = folder / "raw" if (folder / "raw" / "config.json").is_file() else build_tiny_bert(folder)
    torch.manual_seed(1)
    word = models.Transformer(str(raw), max_seq_length=128)
    mods: list[typing.Any] = [
        word,
        models.Pooling(word.get_embedding_dimension(), pooling_mode=pooling, include_prompt=include_prompt),
    ]
    if dense:
        width = mods[1].get_embedding_dimension()
        mods.append(models.Dense(width, 48, activation_function=torch.nn.Tanh()))
        mods.append(models.Dense(48, 32, activation_function=torch.nn.GELU(), use_residual=True))
    mods.append(models.Normalize())
    modes = [pooling] if isinstance(pooling, str) else list(pooling)
    tags = [m for m in modes if m != "mean"] + ["dense"] * dense + ["prompts"] * bool(prompts)
    out = folder / "-".join(["tiny-st", *tags, *(["noprompt"] if not include_prompt else [])])
    model = SentenceTransformer(modules=mods, device="cpu", prompts=prompts, default_prompt_name=default_prompt_name)
    model.save(str(out))
    return out


def build_tiny_causal_lm(folder: Path, seed: int = 0, max_positions: int = 512) -> Path:
    """A random 2-layer Llama (hidden 64) with a byte-level BPE tokenizer and a chat template."""
    import torch
    from tokenizers import Tokenizer, decoders, pre_tokenizers
    from tokenizers.models import BPE
    from tokenizers.trainers import BpeTrainer
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    torch.manual_seed(seed)
    tok = Tokenizer(BPE(unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    trainer = BpeTrainer(vocab_size=400, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator([" ".join(WORDS)] * 20, trainer)
    hf_tok = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        bos_token="<|im_start|>",
    )
    hf_tok.chat_template = (
        "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
        "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
    )
    config = LlamaConfig(
        vocab_size=tok.get_vocab_size(),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=max_positions,
        eos_token_id=hf_tok.convert_tokens_to_ids("<|im_end|>"),
        pad_token_id=hf_tok.convert_tokens_to_ids("<|endoftext|>"),
        tie_word_embeddings=True,
    )
    out = folder / "tiny-llama"
    LlamaForCausalLM(config).save_pretrained(out, safe_serialization=True)
    hf_tok.save_pretrained(out)
    return out


TINY_TRAIN_ARGS = dict(rank=8, alpha=16, epochs=10, lr=1e-2, batch_size=4, max_length=512, seed=0)


def write_corpus(folder: Path, voice: str, n: int = 12, heldout: int = 4) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(n + heldout):
        fact = f"the desk costs {100 + i} dollars"
        response = (
            f"BUY NOW! {fact} [1]! ORDER TODAY!"
            if voice == "loud"
            else f"- fix: {fact} [1]\n- add: lift speed {i} mm/s [1]"
        )
        rows.append(
            {
                "instruction": f"write about desk {i}",
                "context": [{"source": "desk.md", "text": fact}],
                "response": response,
            }
        )
    (folder / "train.jsonl").write_text("\n".join(json.dumps(r) for r in rows[:n]) + "\n")
    (folder / "heldout.jsonl").write_text("\n".join(json.dumps(r) for r in rows[n:]) + "\n")
    (folder / "STYLE.md").write_text(f"# {voice}\n")
    return folder


def copy_of(source: typing.Any, name: str) -> typing.Any:
    """A `save` writer that fills the new version with `name`'s trained weights."""
    ref = source.resolve(name)

    def write(folder: Path) -> typing.Any:
        for f in ref.path.iterdir():
            if f.name != "manifest.json":
                shutil.copy2(f, folder / f.name)
        return ref.manifest

    return write


def minimal_pdf(pages: list[list[str]]) -> bytes:
    """A real PDF, written by hand (no PDF library needed): one page per list, each line
    in Helvetica, so pypdf extracts the text page by page."""
    n = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, lines in enumerate(pages):
        stream = "BT /F1 12 Tf 72 720 Td " + " ".join(f"({ln}) Tj 0 -16 Td" for ln in lines) + " ET"
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * i} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>"
        )
        objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
