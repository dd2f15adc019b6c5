import { Badge, Group, Stack, Text } from '@mantine/core';
import { useLocalized } from '@/lib/format';

interface Domain {
  code: string;
  label: string;
  labelFr: string;
}
interface Principle {
  code: string;
  number: number;
  title: string;
  titleFr: string;
}

/** A record's domains, as badges. */
export function DomainBadges({ domains }: { domains: readonly Domain[] }) {
  const l = useLocalized();
  return (
    <Group gap={6}>
      {domains.map((d) => (
        <Badge key={d.code} variant="light" radius="sm" tt="none">
          {l.domainLabel(d)}
        </Badge>
      ))}
    </Group>
  );
}

/** A record's principles for digital development, in their own order. */
export function PrincipleList({ principles }: { principles: readonly Principle[] }) {
  const l = useLocalized();
  return (
    <Stack gap={2} component="ul" m={0} pl="md">
      {[...principles]
        .sort((a, b) => a.number - b.number)
        .map((p) => (
          <Text component="li" size="sm" key={p.code}>
            {p.number}. {l.principleTitle(p)}
          </Text>
        ))}
    </Stack>
  );
}

export function TagBadges({ tags }: { tags: readonly string[] }) {
  return (
    <Group gap={6}>
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" color="gray.8" radius="sm" tt="none">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
