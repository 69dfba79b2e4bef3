package dev.taskapi.web;

/** Java names of generated fields back to the spec's snake_case names ({@code dueAt} is {@code due_at}). */
final class JsonNames {

    private JsonNames() {
    }

    static String of(String javaName) {
        StringBuilder name = new StringBuilder(javaName.length() + 4);
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            }
            else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
