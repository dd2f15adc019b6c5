import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page that failed to load (often a lost connection while fetching its code). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1} size="h2">
          {t('errors.pageTitle')}
        </Title>
        <Text>{t('errors.pageBody')}</Text>
        <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
      </Stack>
    </Container>
  );
}

interface BoundaryProps {
  /** The page shown (its path). */
  resetKey: string;
  children: ReactNode;
}

/**
 * Shows RouteError instead of a page whose code could not be loaded, or that
 * failed to render; going to another page tries again.
 */
export class RouteErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      this.setState({ failed: false });
    }
  }

  render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
