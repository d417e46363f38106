using System.CommandLine;
using PullSecretTasks.Options;
using PullSecretTasks.TestInfra.Repo;

namespace PullSecretTasks.Tool.Tests;

public sealed class CliHintsTests
{
    [Fact]
    public void The_list_of_cli_flags_the_other_front_ends_must_not_mention_is_the_real_one()
    {
        // arrange
        var root = Cli.BuildRoot(new CliConsole(TextWriter.Null, TextWriter.Null, TextReader.Null, RunnerEnvironment.From([])));

        // act
        var flags = root.Subcommands.SelectMany(c => c.Options)
            .SelectMany(o => o.Aliases.Append(o.Name))
            .Where(n => n.StartsWith("--", StringComparison.Ordinal) && n is not ("--help" or "--version"))
            .Distinct().Order(StringComparer.Ordinal);

        // assert
        Assert.Equal(CliFlags.All.Order(StringComparer.Ordinal), flags);
    }

    [Fact]
    public void Every_setting_has_a_command_line_name() =>
        Assert.All(Enum.GetValues<Setting>(), s => Assert.NotEqual(s.ToString(), CliHints.For(s)));

    [Fact]
    public void A_core_error_is_printed_with_the_flag_that_fixes_it()
    {
        // arrange
        var error = new PullSecretException(ErrorCodes.ServerError, "It did not answer in time. Run it again, or raise the timeout.", Setting.Timeout);

        // act
        var text = CliHints.Render(error);

        // assert
        Assert.Equal("It did not answer in time. Run it again, or raise the timeout (--timeout DURATION).", text);
    }
}
