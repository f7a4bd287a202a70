using System.Text.RegularExpressions;
using DiffPlex;

namespace Beleidsplan.Web.Versions;

public enum DiffKind
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>
/// A run of text that is in both versions, only in the older (deleted) or only in the newer (inserted).
/// Text in both is <see cref="Text"/> as the newer has it and <see cref="OldText"/> as the older has it
/// (they differ at most in whitespace).
/// </summary>
public sealed record DiffSegment(DiffKind Kind, string Text, string? OldText = null)
{
    /// <summary>What the older version's column shows.</summary>
    public string Older => OldText ?? Text;

    /// <summary>
    /// What the running text shows: the newer wording, but with the older's trailing space when only the
    /// older has one, so a deleted word that follows is not glued to it ("alinea met" → "alinea", not "alineamet").
    /// </summary>
    public string Inline => Text.Length > 0 && !char.IsWhiteSpace(Text[^1]) && Older.Length > 0 && char.IsWhiteSpace(Older[^1])
        ? Text + Older[Older.TrimEnd().Length..]
        : Text;
}

/// <summary>
/// Word-level differences between two texts, with DiffPlex. A word carries the spaces after it, so a
/// text of n words is n pieces, not 2n; pieces compare without that whitespace (DiffPlex trims them),
/// so a word moved to the end of a line is not a change.
/// </summary>
public static partial class TextDiff
{
    public static IReadOnlyList<DiffSegment> Compare(string? older, string? newer)
    {
        older ??= "";
        newer ??= "";
        if (older == newer)
        {
            return older.Length == 0 ? [] : [new DiffSegment(DiffKind.Same, older)];
        }

        if (older.Length == 0 || newer.Length == 0)
        {
            return older.Length == 0 ? [new DiffSegment(DiffKind.Inserted, newer)] : [new DiffSegment(DiffKind.Deleted, older)];
        }

        var result = Differ.Instance.CreateDiffs(older, newer, ignoreWhiteSpace: true, ignoreCase: false, WordChunker.Instance);
        var segments = new List<DiffSegment>();
        var (a, b) = (0, 0);
        foreach (var block in result.DiffBlocks)
        {
            AddSame(segments, result.PiecesOld, a, result.PiecesNew, b, block.InsertStartB - b);
            Add(segments, DiffKind.Deleted, Join(result.PiecesOld, block.DeleteStartA, block.DeleteCountA));
            Add(segments, DiffKind.Inserted, Join(result.PiecesNew, block.InsertStartB, block.InsertCountB));
            (a, b) = (block.DeleteStartA + block.DeleteCountA, block.InsertStartB + block.InsertCountB);
        }

        AddSame(segments, result.PiecesOld, a, result.PiecesNew, b, result.PiecesNew.Count - b);
        return segments;
    }

    private static void AddSame(List<DiffSegment> segments, IReadOnlyList<string> old, int a, IReadOnlyList<string> @new, int b, int count)
    {
        if (count > 0)
        {
            segments.Add(new DiffSegment(DiffKind.Same, Join(@new, b, count), Join(old, a, count)));
        }
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, string text)
    {
        if (text.Length > 0)
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }

    private static string Join(IReadOnlyList<string> pieces, int start, int count)
    {
        var text = new System.Text.StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            text.Append(pieces[i]);
        }

        return text.ToString();
    }

    /// <summary>Words with their following whitespace, punctuation marks on their own; concatenated they give the text back.</summary>
    private sealed partial class WordChunker : IChunker
    {
        public static readonly WordChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => Pieces().Matches(text).Select(m => m.Value).ToArray();

        [GeneratedRegex(@"^\s+|[\p{L}\p{N}_]+\s*|[^\p{L}\p{N}_\s]\s*", RegexOptions.CultureInvariant)]
        private static partial Regex Pieces();
    }
}
