"""Builders for tiny random models (hidden size 64, two layers), so unit tests exercise
the real loading code without the bundled weights."""

from __future__ import annotations

from pathlib import Path

WORDS = (
    "the a desk chair lamp price warranty years lift speed mm s atlas orion vega nimbus lumen helix "
    "fleet app firmware release policy return days refund shipping free order customer support legal "
    "marketing engineering department owner email on call rotation version update fix add change "
    "security data privacy retention how what who when much cost costs is are of to for in on and"
).split()


def build_tiny_sentence_transformer(folder: Path) -> Path:
    """A random 2-layer BERT with a word-level vocab, saved as a sentence-transformers model."""
    import torch
    from sentence_transformers import SentenceTransformer, models
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
    hf_tok = BertTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                               cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]")
    config = BertConfig(vocab_size=len(vocab), hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=128, max_position_embeddings=256)
    raw = folder / "raw"
    BertModel(config).save_pretrained(raw, safe_serialization=True)
    hf_tok.save_pretrained(raw)
    word = models.Transformer(str(raw), max_seq_length=128)
    pool = models.Pooling(word.get_word_embedding_dimension(), pooling_mode="mean")
    out = folder / "tiny-st"
    SentenceTransformer(modules=[word, pool, models.Normalize()], device="cpu").save(str(out))
    return out
