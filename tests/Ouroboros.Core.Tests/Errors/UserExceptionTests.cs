using Ouroboros.Core.Errors;

namespace Ouroboros.Core.Tests.Errors;

/// <summary>User errors name inputs neutrally; each front end renders the names its own way.</summary>
public sealed class UserExceptionTests
{
    [Fact]
    public void The_message_names_inputs_plainly_and_a_front_end_renders_them_as_it_likes()
    {
        var error = new InvalidInputException("sizing", "cash needs an amount: «sizing» cash:5000");

        error.Input.ShouldBe("sizing");
        error.Message.ShouldBe("cash needs an amount: sizing cash:5000");
        error.Describe(name => "--" + name).ShouldBe("cash needs an amount: --sizing cash:5000");
        error.Describe(name => $"\"{name}\"").ShouldBe("cash needs an amount: \"sizing\" cash:5000");
    }

    [Theory]
    [InlineData("no placeholder", "no placeholder")]
    [InlineData("«a» and «b»", "[a] and [b]")]
    [InlineData("unclosed «a", "unclosed «a")]
    [InlineData("stray » then «x»", "stray » then [x]")]
    public void Rendering_replaces_every_closed_placeholder_and_leaves_the_rest(string template, string expected) =>
        InputNames.Render(template, n => $"[{n}]").ShouldBe(expected);

    [Fact]
    public void Every_kind_is_a_user_exception()
    {
        UserException[] kinds = [new InvalidInputException(null, "x"), new DataProblemException("data", "x"), new NotFoundException("id", "x")];

        kinds.ShouldAllBe(k => k.Template == "x");
    }
}
