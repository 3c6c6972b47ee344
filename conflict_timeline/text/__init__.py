from conflict_timeline.text.sentences import Sentence, split_sentences

__all__ = ["Sentence", "split_sentences"]
