// Rapport in JShell: the common imports. Open it with (from the repository root, after a build):
//   jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/startup.jsh
import dev.rapport.core.*;
import dev.rapport.data.*;
import dev.rapport.journey.*;
import dev.rapport.metrics.*;
import dev.rapport.examples.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
// Hibernate Validator announces its version at INFO level; keep the session quiet.
var validatorLog = java.util.logging.Logger.getLogger("org.hibernate.validator");
validatorLog.setLevel(java.util.logging.Level.WARNING);
