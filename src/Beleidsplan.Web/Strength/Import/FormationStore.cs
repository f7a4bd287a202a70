using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>What storing a draft did.</summary>
public sealed record StoreResult(Formation Formation, bool Replaced, bool AlreadyImported);

/// <summary>
/// Stores a checked draft: the formation, its nodes in pre-order and its findings in ONE SaveChanges.
/// At an existing date the formation row is kept (plans point to it) and its nodes and findings are
/// replaced. The preview's key makes a second confirm of the same preview a no-op.
/// </summary>
public static class FormationStore
{
    public sealed record Source(int UnitId, DateOnly ReferenceDate, Guid ImportKey, string Description, string ImportedBy, DateTimeOffset Now);

    /// <summary>The draft's tree as formation nodes in pre-order (positions from 0, the unit).</summary>
    public static List<FormationNode> Nodes(DraftNode root)
    {
        var nodes = new List<FormationNode>();
        void Add(DraftNode draft, int? parent)
        {
            var node = new FormationNode
            {
                Position = nodes.Count,
                ParentPosition = parent,
                Name = draft.Name,
                Kind = nodes.Count == 0 ? NodeKind.Unit : draft.Kind,
                DistrictId = draft.DistrictId,
                BasicTeamId = draft.BasicTeamId,
            };
            node.SetOwn(draft.Own);
            nodes.Add(node);
            draft.Children.ForEach(child => Add(child, node.Position));
        }

        Add(root, null);
        return nodes;
    }

    public static async Task<StoreResult> SaveAsync(BeleidsplanDbContext db, FormationDraft draft, Source source, Plan? plan, CancellationToken cancel = default)
    {
        if (draft.HasErrors || draft.Root is null)
        {
            throw new InvalidOperationException("Een formatie met fouten wordt niet opgeslagen.");
        }

        if (await db.Formations.FirstOrDefaultAsync(f => f.PoliceUnitId == source.UnitId && f.ImportKey == source.ImportKey, cancel) is { } done)
        {
            return new StoreResult(done, false, true);
        }

        var formation = await db.Formations.Include(f => f.Nodes).Include(f => f.Findings)
            .FirstOrDefaultAsync(f => f.PoliceUnitId == source.UnitId && f.ReferenceDate == source.ReferenceDate, cancel);
        var replaced = formation is not null;
        if (formation is null)
        {
            formation = new Formation { PoliceUnitId = source.UnitId, ReferenceDate = source.ReferenceDate, Source = "", ImportedBy = "" };
            db.Formations.Add(formation);
        }
        else
        {
            db.FormationNodes.RemoveRange(formation.Nodes);
            db.FormationFindings.RemoveRange(formation.Findings);
        }

        formation.Title = Cut(draft.Title, Formation.TitleMaxLength);
        formation.Source = Cut(source.Description, Formation.SourceMaxLength)!;
        formation.ImportedAt = source.Now;
        formation.ImportedBy = Cut(source.ImportedBy, 300)!;
        formation.ImportKey = source.ImportKey;
        formation.Nodes = Nodes(draft.Root);
        formation.Findings = draft.Findings.Select((f, i) => new FormationFinding
        {
            Position = i,
            Kind = f.Kind,
            Table = Cut(f.Table, 200),
            Line = f.Line,
            NodeName = Cut(f.NodeName, FormationNode.NameMaxLength)!,
            Column = f.Column,
            Published = f.Published,
            Computed = f.Computed,
            Message = Cut(f.Message, FormationFinding.MessageMaxLength)!,
        }).ToList();
        if (plan is not null && plan.StrengthFormationId is null)
        {
            plan.StrengthFormation = formation;
        }

        await db.SaveChangesAsync(cancel);
        return new StoreResult(formation, replaced, false);
    }

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
