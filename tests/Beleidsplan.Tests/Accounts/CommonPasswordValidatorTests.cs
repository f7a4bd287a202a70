using Beleidsplan.Web.Accounts;

namespace Beleidsplan.Tests.Accounts;

public class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("123qweasdzxc")]
    [InlineData("1QAZ2WSX3EDC")]
    [InlineData("q1w2e3r4t5y6")]
    public void Passwords_from_the_shipped_list_are_common_whatever_their_case(string password)
    {
        CommonPasswordValidator.IsCommon(password).ShouldBeTrue();
    }

    [Fact]
    public void A_long_unusual_passphrase_is_not_on_the_list()
    {
        CommonPasswordValidator.IsCommon("veiligheidsplan-noord-holland-kanaal-7").ShouldBeFalse();
    }
}
