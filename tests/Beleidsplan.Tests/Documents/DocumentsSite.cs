using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Documents;

/// <summary>The generated documents' tests add plans and milestones: their own app and database.</summary>
[CollectionDefinition(Name)]
public class DocumentsSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Documents site";
}
